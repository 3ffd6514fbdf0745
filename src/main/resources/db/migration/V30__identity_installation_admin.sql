-- The installation's administrator creates districts and their first administrator; a district's administrator
-- manages only its own staff. One installation may serve many districts.
alter table user_role drop constraint user_role_role_check;
alter table user_role add constraint user_role_role_check check (role in ('DISTRICT_COORDINATOR', 'FIELD_ASSISTANT',
    'ASSOCIATION_CONTACT', 'WALKER', 'FOUNDATION', 'ADMIN', 'ATTESTER', 'BOARD', 'INSTALLATION_ADMIN'));
create index organisation_kind_idx on organisation (kind, name);

-- The organisations a district works with: added by the district, or already party to one of its agreements. A
-- district's forms offer only these, so no district learns which associations another one works with.
create table district_partner (
    district_id     bigint      not null references organisation (id),
    organisation_id bigint      not null references organisation (id),
    since           timestamptz not null default now(),
    primary key (district_id, organisation_id)
);
insert into district_partner (district_id, organisation_id)
select distinct mine.organisation_id, theirs.organisation_id
from agreement_party mine join agreement_party theirs on theirs.agreement_id = mine.agreement_id
where mine.role = 'PRINCIPAL' and theirs.organisation_id <> mine.organisation_id;
