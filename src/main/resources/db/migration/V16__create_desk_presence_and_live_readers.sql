-- Issue 15: who is on a blog's desk right now, and how many readers have its public page open, on every
-- instance together. Kept in PostgreSQL, so that every instance sees the same with no other server. Both end
-- by age alone: a browser that dies or an instance that is killed says no goodbye.

-- One row per open back-office page (a random id per page load): who, on which blog, which entry they have
-- open if any, since when, and when its heartbeat was last heard. Older than the expiry, a row counts for
-- nothing; a clean-up job deletes it.
create table desk_presence (
    tab_id       uuid        primary key,
    editor_id    bigint      not null references editor (id) on delete cascade,
    display_name text        not null,
    live_blog_id bigint      not null references live_blog (id) on delete cascade,
    -- A draft deleted while someone has it open takes its presence with it.
    entry_id     bigint      references entry (id) on delete cascade,
    activity     text        not null,
    since        timestamptz not null,
    last_seen    timestamptz not null,
    constraint desk_presence_activity_known check (activity in ('DESK', 'EDITING', 'REVIEWING')),
    constraint desk_presence_editing_names_entry check ((activity = 'EDITING') = (entry_id is not null))
);
create index desk_presence_blog_idx on desk_presence (live_blog_id, last_seen);
create index desk_presence_last_seen_idx on desk_presence (last_seen);

-- How many public live pages (server-sent event streams) each instance serves per blog, as it last
-- recorded them (every few seconds while it has readers, at once when their number changes notably).
-- A blog's readers now are the sum over the rows recorded recently; a dead instance's rows age out.
create table live_readers (
    live_blog_id bigint      not null references live_blog (id) on delete cascade,
    instance_id  uuid        not null,
    readers      integer     not null,
    recorded_at  timestamptz not null,
    primary key (live_blog_id, instance_id),
    constraint live_readers_counted check (readers >= 0)
);

-- The most readers a blog had at once, all instances together, per day of the blog's own time zone.
create table live_readers_peak (
    live_blog_id bigint      not null references live_blog (id) on delete cascade,
    day          date        not null,
    readers      integer     not null,
    reached_at   timestamptz not null,
    primary key (live_blog_id, day)
);
