-- The first run of an installation without the demo: a one-time set-up link, printed in the log, creates the first
-- administrator and the first district. Only the link's SHA-256 is kept. It works once, expires, and nothing can
-- repeat the set-up once an account exists.
create table setup_token (
    token_hash text        primary key check (token_hash ~ '^[0-9a-f]{64}$'),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);

-- An association that works with two districts is one organisation, found by its organisation number.
create unique index organisation_number_uq on organisation (organisation_number) where organisation_number is not null;
