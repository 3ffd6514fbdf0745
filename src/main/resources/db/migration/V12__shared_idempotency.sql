-- Phone writes and their results, under the key the phone made (IETF Idempotency-Key draft).
create table idempotency_record (
    idempotency_key uuid        not null,
    user_id         bigint      not null references user_account (id),
    method          text        not null,
    path            text        not null,
    request_hash    text        not null,
    status          integer,
    response_body   text,
    created_at      timestamptz not null,
    completed_at    timestamptz,
    primary key (idempotency_key, user_id)
);
create index idempotency_record_created_idx on idempotency_record (created_at);
