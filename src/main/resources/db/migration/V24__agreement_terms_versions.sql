-- Rules as data, for every published rule set, and in force from a date.
--
-- A rate table by team size (Karlskrona: 4 or more 2 000 kr, 3 walkers 1 500 kr) is kept as text, "4:2000.00;3:1500.00",
-- read and written by RateTable alone. A block of N occasions (Lidingö: 10 000 kr per 6 evenings) is block_size N, and
-- incomplete_block says what the occasions left at the term's end are worth.
alter table agreement add column compensation_rates_by_team_size text not null default '';
alter table agreement add column compensation_block_size integer not null default 1
    check (compensation_block_size between 1 and 52);
alter table agreement add column compensation_incomplete_block text not null default 'NOTHING'
    check (compensation_incomplete_block in ('NOTHING', 'SHARE'));
-- Whether the rate is what the district pays with VAT included, or a net rate to which a VAT-registered association
-- adds 25 %. Either way one figure, the amount the district pays, runs through the basis, the ceiling and the budget.
alter table agreement add column compensation_rate_includes_vat boolean not null default false;
alter table agreement drop constraint agreement_compensation_cadence_check;
alter table agreement add constraint agreement_compensation_cadence_check check (compensation_cadence in
    ('MONTHLY', 'QUARTERLY', 'THIRDLY', 'HALF_YEARLY', 'YEARLY', 'AT_PERIOD_END'));
-- The agreement's row holds the terms in force from this date on; what was in force before is in the table below.
alter table agreement add column terms_effective_from date;
update agreement set terms_effective_from = period_start;
alter table agreement alter column terms_effective_from set not null;

-- Superseded terms, each with the dates it was in force. A walk is judged and paid under the terms of its date.
create table agreement_terms_version (
    agreement_id                  bigint         not null references agreement (id) on delete cascade,
    position                      integer        not null,
    effective_from                date           not null,
    effective_to                  date           not null check (effective_to >= effective_from),
    unit                          text           not null check (unit in ('PER_WALK', 'PER_EVENING', 'PER_WEEKEND')),
    rate                          numeric(12, 2) not null check (rate > 0),
    rates_by_team_size            text           not null,
    block_size                    integer        not null check (block_size between 1 and 52),
    incomplete_block              text           not null check (incomplete_block in ('NOTHING', 'SHARE')),
    criteria_min_walkers          integer        not null,
    criteria_min_age              integer        not null,
    criteria_training_required    boolean        not null,
    criteria_window_start         time           not null,
    criteria_window_end           time           not null,
    criteria_min_duration_minutes integer        not null,
    criteria_report_deadline_days integer        not null,
    primary key (agreement_id, position)
);
