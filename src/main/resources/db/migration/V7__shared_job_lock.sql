-- A lease per scheduled job: the instance that takes it runs the job; the others skip that round.
create table job_lock (
    name         text        primary key,
    locked_until timestamptz not null,
    locked_by    text        not null
);

