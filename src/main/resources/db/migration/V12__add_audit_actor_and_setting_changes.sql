-- The audit trail, filtered by account and saying what a settings change changed.

-- Who acted, by account: display names can be shared and say nothing for certain. Null for the
-- application itself (scheduled publishing) and for rows no account can be matched to.
alter table audit_event add column actor_id bigint references editor (id);

-- Rows written before this column: the account whose display name it was, when only one has it.
update audit_event a
set actor_id = e.id
from editor e
where a.actor = e.display_name
  and not exists (select 1 from editor other where other.display_name = e.display_name and other.id <> e.id);

-- The trail's filters, each read newest first from its own index.
create index audit_event_by_blog on audit_event (live_blog_id, id desc);
create index audit_event_by_actor on audit_event (actor_id, id desc);
create index audit_event_by_action on audit_event (action, id desc);
create index audit_event_by_time on audit_event (occurred_at);

-- A blog's settings as they were and became, one row per setting that changed.
create table audit_setting_change (
    audit_event_id bigint  not null references audit_event (id),
    position       integer not null,
    setting        text    not null,
    old_value      text,
    new_value      text,
    primary key (audit_event_id, position)
);
