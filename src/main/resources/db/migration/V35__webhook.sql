-- Webhooks: an organisation's endpoints, the deliveries owed to them and every attempt (docs/api.md, "Webhooks").
-- The signing secret is kept as issued: a receiver checks an HMAC made with it, so it cannot be a hash here.
create table webhook_endpoint (
    id                   bigserial primary key,
    organisation_id      bigint       not null references organisation (id),
    url                  text         not null check (length(url) <= 500),
    secret               text         not null,
    events               text[]       not null check (cardinality(events) > 0),
    active               boolean      not null default true,
    consecutive_failures integer      not null default 0,
    disabled_at          timestamptz,
    created_by           text         not null,
    created_at           timestamptz  not null,
    removed_at           timestamptz
);
create index webhook_endpoint_by_organisation on webhook_endpoint (organisation_id) where removed_at is null;

create table webhook_delivery (
    id               uuid         primary key,
    endpoint_id      bigint       not null references webhook_endpoint (id),
    event_type       text         not null,
    -- The event that caused it, so that an event handled twice owes each endpoint one delivery.
    event_key        text         not null,
    payload          text         not null,
    status           text         not null check (status in ('PENDING', 'DELIVERED', 'GAVE_UP')),
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz,
    created_at       timestamptz  not null,
    delivered_at     timestamptz,
    unique (endpoint_id, event_key)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_by_endpoint on webhook_delivery (endpoint_id, created_at desc);

create table webhook_attempt (
    id           bigserial    primary key,
    delivery_id  uuid         not null references webhook_delivery (id),
    attempt      integer      not null,
    at           timestamptz  not null,
    status_code  integer,
    outcome      text         not null check (outcome in ('DELIVERED', 'REFUSED', 'UNREACHABLE')),
    duration_ms  integer      not null
);
create index webhook_attempt_by_delivery on webhook_attempt (delivery_id, attempt);
