-- The walk night: who was there, places visited, what was observed (counts and categories only, never identities of
-- young people), youth contacts, check-in and check-out as the phone saw them and as the server received them, and
-- the team leader's report.
alter table walk add column checked_in_at timestamptz;
alter table walk add column checked_in_received_at timestamptz;
alter table walk add column checked_out_at timestamptz;
alter table walk add column checked_out_received_at timestamptz;
alter table walk add column report_summary text;
alter table walk add column report_went_well text;
alter table walk add column report_follow_up text;
alter table walk add column report_place_suggestions text;
alter table walk add column report_submitted_at timestamptz;
alter table walk add column report_submitted_by text;
alter table walk add column overdue_alerted_at timestamptz;
alter table walk add constraint walk_checkout_after_checkin check (checked_out_at is null or checked_out_at >= checked_in_at);
create index walk_in_progress_idx on walk (ends_at) where status = 'IN_PROGRESS';

create table walk_attendance (
    walk_id   bigint  not null references walk (id) on delete cascade,
    walker_id bigint  not null references walker (id),
    unplanned boolean not null,
    primary key (walk_id, walker_id)
);
create index walk_attendance_walker_idx on walk_attendance (walker_id);

create table walk_visit (
    walk_id     bigint      not null references walk (id) on delete cascade,
    position    integer     not null,
    place_id    bigint      not null references place (id),
    visited_at  timestamptz not null,
    received_at timestamptz not null,
    primary key (walk_id, position)
);

create table walk_observation (
    walk_id     bigint      not null references walk (id) on delete cascade,
    position    integer     not null,
    category    text        not null check (category in ('YOUTH_GATHERING', 'ALCOHOL', 'DRUGS', 'VANDALISM',
                                                          'CONFLICT_OR_VIOLENCE', 'UNSAFE_ENVIRONMENT',
                                                          'POSITIVE_CONTACT', 'OTHER')),
    place_id    bigint references place (id),
    under13     integer     not null check (under13 >= 0),
    age13to15   integer     not null check (age13to15 >= 0),
    age16to17   integer     not null check (age16to17 >= 0),
    adults      integer     not null check (adults >= 0),
    help_called text        not null,
    note        text,
    note_flagged boolean    not null,
    observed_at timestamptz not null,
    received_at timestamptz not null,
    primary key (walk_id, position)
);

create table walk_youth_contact (
    walk_id     bigint      not null references walk (id) on delete cascade,
    position    integer     not null,
    under13     integer     not null check (under13 >= 0),
    age13to15   integer     not null check (age13to15 >= 0),
    age16to17   integer     not null check (age16to17 >= 0),
    contacted_at timestamptz not null,
    received_at timestamptz not null,
    primary key (walk_id, position)
);

-- What the night view shows per agreement, and who may lead when the appointed leader is absent.
create table night_settings (
    agreement_id          bigint primary key references agreement (id),
    field_assistants_phone text,
    team_leader_phone     text,
    leader_rule           text not null check (leader_rule in ('LEADER_ONLY', 'ANY_SIGNED_UP_WHEN_LEADER_ABSENT',
                                                               'ANY_SIGNED_UP'))
);
