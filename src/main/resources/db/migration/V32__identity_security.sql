-- What a security review asks to be able to read back: every sign-in, second factor, refusal and token use, with who,
-- what, when (UTC) and the client's address. No secret and no typed free text is kept; a typed login name is kept
-- only as a hash, so guessing at names is visible without storing what was typed.
create table security_event (
    id              bigserial   primary key,
    occurred_at     timestamptz not null,
    kind            varchar(40) not null,
    outcome         varchar(10) not null check (outcome in ('SUCCESS', 'FAILURE', 'REFUSED')),
    -- No foreign keys: a log row outlives an erased account, and is written beside, not inside, the request's work.
    user_id         bigint,
    organisation_id bigint,
    typed_name_hash varchar(64),
    method          varchar(40),
    detail          varchar(200),
    client_address  varchar(64)
);
create index security_event_recent_idx on security_event (occurred_at desc);
create index security_event_organisation_idx on security_event (organisation_id, occurred_at desc);

-- The second factor: a TOTP secret per account (RFC 6238), confirmed by a first code before it counts, and the last
-- time step used so that no code is accepted twice.
create table user_totp (
    user_id        bigint      primary key references user_account (id),
    secret         varchar(64) not null,
    confirmed_at   timestamptz,
    last_used_step bigint      not null default 0
);

-- Ten recovery codes per enrolment, stored as hashes; a code works once.
create table user_recovery_code (
    id        bigserial    primary key,
    user_id   bigint       not null references user_account (id),
    code_hash varchar(200) not null,
    used_at   timestamptz
);
create index user_recovery_code_user_idx on user_recovery_code (user_id);

-- Passkeys, in the layout Spring Security's JDBC repositories read (JdbcPublicKeyCredentialUserEntityRepository and
-- JdbcUserCredentialRepository).
create table user_entities (
    id           varchar(1000) not null primary key,
    name         varchar(100)  not null,
    display_name varchar(200)
);
create unique index user_entities_name_idx on user_entities (name);
create table user_credentials (
    credential_id                varchar(1000) not null primary key,
    user_entity_user_id          varchar(1000) not null,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null
);
create index user_credentials_user_idx on user_credentials (user_entity_user_id);
