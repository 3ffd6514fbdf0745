-- The ledger of payable units. Issuing a basis writes one row for each unit it settles (a walk, an evening, a weekend
-- or a block) and, for a block, one row for each occasion the block holds. The unique key makes it impossible to settle
-- a unit twice, whatever the order of approvals and bases: a walk approved after its unit was paid joins that unit at
-- 0 kr and names the basis that paid it. The quota, the ceiling and the budget read these rows, nothing else. A
-- basis deleted after its ten years of retention takes its rows with it.
create table payment_ledger (
    agreement_id   bigint         not null references agreement (id),
    association_id bigint         not null references organisation (id),
    unit_key       text           not null,
    basis_id       bigint         not null references payment_basis (id) on delete cascade,
    position       integer        not null,
    -- A unit carries its amount; an occasion inside a block carries 0 and is_unit false.
    is_unit        boolean        not null,
    amount         numeric(14, 2) not null check (amount >= 0),
    credited_by    bigint references payment_basis (id) on delete set null,
    primary key (agreement_id, association_id, unit_key),
    foreign key (basis_id, position) references payment_basis_line (basis_id, position) on delete cascade
);
create index payment_ledger_basis_idx on payment_ledger (basis_id);

-- What the seed and the demo already issued enters the ledger as it was paid.
insert into payment_ledger (agreement_id, association_id, unit_key, basis_id, position, is_unit, amount)
select b.agreement_id, b.association_id, l.unit_key, b.id, l.position, true, l.amount
from payment_basis b join payment_basis_line l on l.basis_id = b.id
where b.status <> 'DRAFT' and l.status = 'PAYABLE'
on conflict do nothing;

-- New line kinds: a walk that joins a unit already paid (0 kr, naming the basis that paid it), and the occasions left
-- in an incomplete block at the term's end when the agreement says they are worth nothing.
alter table payment_basis_line drop constraint payment_basis_line_status_check;
alter table payment_basis_line add constraint payment_basis_line_status_check check (status in
    ('PAYABLE', 'OVER_QUOTA', 'OVER_BUDGET', 'CREDIT', 'ALREADY_PAID', 'INCOMPLETE_BLOCK'));
alter table payment_basis_line add column paid_by_basis bigint references payment_basis (id);
alter table payment_basis_line add constraint payment_basis_line_paid_by check ((status = 'ALREADY_PAID') = (paid_by_basis is not null));
