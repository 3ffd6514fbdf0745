-- Issued means frozen. At issue a basis keeps a snapshot of everything its documents show (the payee, the agreement's
-- references and accounts, the rule version, each line), and its documents are made from that snapshot once and kept
-- with their SHA-256. The attest adds the attester and makes them once more, from the same snapshot. A download of an
-- issued basis is the kept file, byte for byte, whatever changed in the live records since.
-- Where the VAT of a VAT-registered association's invoice is booked (ingående moms, for the municipality's VAT
-- compensation); 2640 is a placeholder for the district's own chart of accounts, as 4650 and 2440 are.
alter table payment_settings add column vat_account text not null default '2640' check (vat_account ~ '^[0-9]{4}$');

create table payment_basis_snapshot (
    basis_id bigint      primary key references payment_basis (id) on delete cascade,
    snapshot text        not null,
    taken_at timestamptz not null
);

create table payment_basis_document (
    basis_id bigint      not null references payment_basis (id) on delete cascade,
    kind     text        not null check (kind in ('PDF', 'CSV', 'SIE', 'PEPPOL')),
    stage    text        not null check (stage in ('ISSUED', 'ATTESTED')),
    body     bytea       not null,
    sha256   text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    made_at  timestamptz not null,
    primary key (basis_id, kind, stage)
);

-- The attester's queue reads the issued bases waiting for an attest, the oldest first.
create index payment_basis_waiting_idx on payment_basis (issued_at, id) where status = 'ISSUED';
