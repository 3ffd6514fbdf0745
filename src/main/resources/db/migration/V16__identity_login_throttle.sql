-- Failed logins, counted per account (whatever name was typed for it) and per source address, in the database so
-- that the pause holds across restarts and instances. A key is 'account:<id>', 'name:<typed>' for a name no account
-- has, or 'address:<ip>'; it never holds a password. Rows are forgotten a day after their last failure.
create table login_throttle (
    throttle_key    text        primary key,
    failures        int         not null check (failures > 0),
    last_failure_at timestamptz not null,
    paused_until    timestamptz not null
);

create index login_throttle_last_failure_idx on login_throttle (last_failure_at);
