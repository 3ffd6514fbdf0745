-- The server's own facts beside the phone's: when the report arrived, and a walk planned for a past date from paper.
alter table walk add column report_received_at timestamptz;
update walk set report_received_at = report_submitted_at where report_submitted_at is not null;
alter table walk add column from_paper boolean not null default false;

-- A present walker's age and training as they were on the walk's date, kept when the night records them: a walker who
-- leaves the association or is anonymised later does not make a good night fail.
alter table walk_attendance add column age_on_date integer;
alter table walk_attendance add column trained_on_date boolean;
