-- A sign-in link's token is kept only as its SHA-256, so that a copy of the database opens no account. The links
-- already mailed keep working: their stored values are hashed in place.
alter table one_time_tokens alter column token_value type varchar(64);
update one_time_tokens set token_value = encode(sha256(convert_to(token_value, 'UTF8')), 'hex');
