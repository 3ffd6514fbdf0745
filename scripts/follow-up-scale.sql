-- A national-scale world for timing the follow-up, on a THROWAWAY demo database (never on real data): it copies the
-- demo's renewal agreement (id 2) :agreements times and gives each copy :walks_per_agreement walks over three years,
-- with 4 walkers, 5 route places, their visits, 2 observations and a youth contact each. See docs/performance.md.
--
--   psql -h localhost -p <port> -U postgres -d nattvandring \
--        -v agreements=290 -v walks_per_agreement=3000 -f scripts/follow-up-scale.sql
--
-- The port is line 4 of data/postgres/postmaster.pid while the app runs. Delete data/postgres afterwards.
\set ON_ERROR_STOP on
begin;

create temporary table copied (id bigint) on commit drop;

with made as (
  insert into agreement (version, title, case_number, decision_date, area, purpose, period_start, period_end,
      extension_possible_until, compensation_unit, compensation_rate, compensation_budget_ceiling,
      compensation_quota_per_association, compensation_cadence, criteria_min_walkers, criteria_min_age,
      criteria_training_required, criteria_window_start, criteria_window_end, criteria_min_duration_minutes,
      criteria_report_deadline_days, invoicing_peppol_id, invoicing_reference_code, invoicing_billing_address,
      updated_at)
  select 0, 'Skala ' || n, 'SKALA ' || n, decision_date, 'Område ' || n, purpose, date '2023-01-01',
         date '2025-12-31', null, compensation_unit, compensation_rate, null, null, compensation_cadence,
         criteria_min_walkers, criteria_min_age, criteria_training_required, criteria_window_start,
         criteria_window_end, criteria_min_duration_minutes, criteria_report_deadline_days, invoicing_peppol_id,
         invoicing_reference_code, invoicing_billing_address, now()
  from agreement, generate_series(1, :agreements) n where id = 2
  returning id)
insert into copied select id from made;

insert into agreement_party (agreement_id, position, organisation_id, role)
select c.id, p.position, p.organisation_id, p.role from copied c cross join agreement_party p where p.agreement_id = 2;

create temporary table made_walk (id bigint, association_id bigint, walk_date date) on commit drop;

with made as (
  insert into walk (version, agreement_id, association_id, walk_date, start_time, end_time, starts_at, ends_at,
      meeting_point, min_team, max_team, status, created_by, created_at, updated_at, checked_in_at,
      checked_in_received_at, checked_out_at, checked_out_received_at, report_summary, report_submitted_at,
      report_submitted_by)
  select 0, c.id, 2 + (n % 2), d, time '21:00', time '01:00', d + time '20:00', d + time '24:00', 'Skala', 3, 8,
         (array['APPROVED', 'PAID', 'PAID', 'REJECTED', 'CANCELLED', 'REPORTED'])[1 + n % 6],
         'skala', now(), now(), d + time '20:05', d + time '20:05', d + time '23:55', d + time '23:55',
         'Skala', d + time '23:59', 'skala'
  from copied c, generate_series(1, :walks_per_agreement) n,
       lateral (select date '2023-01-01' + (n * 1095 / :walks_per_agreement) as d) day
  returning id, association_id, walk_date)
insert into made_walk select id, association_id, walk_date from made;

-- A cancelled walk never went out: it keeps no night.
update walk set checked_in_at = null, checked_in_received_at = null, checked_out_at = null,
    checked_out_received_at = null, report_summary = null, report_submitted_at = null, report_submitted_by = null
where id in (select id from made_walk) and status = 'CANCELLED';

insert into walk_attendance (walk_id, walker_id, unplanned)
select w.id, k.id, false from made_walk w
cross join lateral (select id from walker where association_id = w.association_id order by id limit 4) k
join walk x on x.id = w.id and x.status <> 'CANCELLED';

insert into walk_route_place (walk_id, position, place_id)
select w.id, p.n, p.place_id from made_walk w
cross join (select row_number() over (order by place_id) - 1 as n, place_id
            from (select distinct place_id from walk_route_place where walk_id in
                  (select id from walk where agreement_id = 2) limit 5) q) p;

insert into walk_visit (walk_id, place_id, visited_at, received_at)
select r.walk_id, r.place_id, w.walk_date + time '21:00' + r.position * interval '30 minutes',
       w.walk_date + time '21:00' + r.position * interval '30 minutes'
from walk_route_place r join made_walk w on w.id = r.walk_id join walk x on x.id = w.id
where x.status <> 'CANCELLED' and (r.walk_id + r.position) % 7 <> 0;

insert into walk_observation (walk_id, category, place_id, under13, age13to15, age16to17, adults, help_called,
    note_flagged, observed_at, received_at)
select r.walk_id, (array['YOUTH_GATHERING', 'ALCOHOL', 'VANDALISM', 'POSITIVE_CONTACT'])[1 + r.walk_id % 4],
       r.place_id, r.walk_id % 2, 2, 1, 0, '', false, w.walk_date + time '22:00', w.walk_date + time '22:00'
from walk_route_place r join made_walk w on w.id = r.walk_id join walk x on x.id = w.id
where x.status <> 'CANCELLED' and r.position in (1, 3);

insert into walk_youth_contact (walk_id, under13, age13to15, age16to17, contacted_at, received_at)
select w.id, 1, 3, 2, w.walk_date + time '22:30', w.walk_date + time '22:30' from made_walk w
join walk x on x.id = w.id where x.status <> 'CANCELLED';

commit;
analyze;
select (select count(*) from agreement) as agreements, (select count(*) from walk) as walks,
       (select count(*) from walk_attendance) as attendance, (select count(*) from walk_visit) as visits,
       (select count(*) from walk_observation) as observations;
