-- Every change to a blog's public content, numbered per blog by live_blog.change_seq: the live stream's
-- event ids, its replay after a reconnect, and (later) the page's ETag.
create table live_change (
    live_blog_id bigint      not null references live_blog (id),
    seq          bigint      not null,
    kind         text        not null,
    entry_id     bigint references entry (id),
    occurred_at  timestamptz not null,
    primary key (live_blog_id, seq),
    constraint live_change_kind_known check (kind in ('ENTRY_PUBLISHED', 'ENTRY_UPDATED', 'ENTRY_RETRACTED', 'BLOG_UPDATED'))
);
