-- A calendar feed's secret is kept only as its SHA-256, so that a copy of the database reads no one's walks. Addresses
-- already in calendar apps keep working: their stored secrets are hashed in place. The address is shown once, when made.
alter table calendar_feed add column secret_sha256 varchar(64);
update calendar_feed set secret_sha256 = encode(sha256(convert_to(secret, 'UTF8')), 'hex');
alter table calendar_feed alter column secret_sha256 set not null;
alter table calendar_feed drop column secret;
create unique index calendar_feed_secret_uq on calendar_feed (secret_sha256);
