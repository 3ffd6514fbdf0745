-- The audit trail is append-only: the database itself refuses updates and deletes.
create table audit_entry (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null,
    actor       text        not null,
    entity_type text        not null,
    entity_id   text        not null,
    action      text        not null,
    changes     jsonb       not null default '{}'
);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, occurred_at desc);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
