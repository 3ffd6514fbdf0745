-- A token may be scoped: it then allows only the requests listed (one "METHOD /path" per line) until it expires, as
-- the walk night's pass does. Personal API tokens keep both null. Why a token ended is kept as a code, so the phone
-- can tell "ended with the report" from "revoked".
alter table api_token add column allowed_requests text;
alter table api_token add column expires_at timestamptz;
alter table api_token add column revoked_reason text check (revoked_reason in ('REVOKED', 'ENDED'));
create index api_token_scoped_name_idx on api_token (name) where allowed_requests is not null and revoked_at is null;
