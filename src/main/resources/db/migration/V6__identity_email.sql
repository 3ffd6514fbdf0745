-- Contacts and walkers are reached by e-mail: reminders, alerts and one-time sign-in links.
alter table user_account add column email text;
create unique index user_account_email_uq on user_account (lower(email)) where email is not null;

-- Spring Security's one-time-token login, in the database so that every instance accepts a link.
create table one_time_tokens (
    token_value varchar(36) not null primary key,
    username    varchar(255) not null,
    expires_at  timestamp    not null
);

