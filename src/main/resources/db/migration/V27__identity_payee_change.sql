-- A changed organisation number, bankgiro or plusgiro is pending until a second person at the district confirms it:
-- the classic invoice-redirection fraud changes exactly these. Until then, bases use the confirmed details on the
-- organisation's row. One pending change per organisation; a newer request replaces it.
create table organisation_payee_change (
    organisation_id     bigint      primary key references organisation (id),
    organisation_number text,
    bankgiro            text,
    plusgiro            text,
    requested_by        text        not null,
    requested_at        timestamptz not null
);
