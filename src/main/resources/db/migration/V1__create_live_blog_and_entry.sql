-- A live blog and its entries. Times are timestamptz: a blog's own time zone only decides how they print.

create table live_blog (
    id             bigint generated always as identity primary key,
    slug           text        not null,
    title          text        not null,
    summary        text        not null default '',
    language       text        not null,
    time_zone      text        not null,
    status         text        not null,
    coverage_start timestamptz,
    coverage_end   timestamptz,
    -- Bumped by every change to the blog's public content; later the live stream's event id and the page's ETag.
    change_seq     bigint      not null default 0,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint      not null default 0,
    constraint live_blog_slug_unique unique (slug),
    constraint live_blog_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 100),
    constraint live_blog_status_known check (status in ('DRAFT', 'LIVE', 'ENDED')),
    constraint live_blog_coverage_in_order check (coverage_end is null or coverage_start is null or coverage_end >= coverage_start)
);

create table entry (
    id           bigint generated always as identity primary key,
    live_blog_id bigint      not null references live_blog (id),
    headline     text,
    body_source  text        not null,
    body_html    text        not null,
    author_name  text        not null,
    status       text        not null,
    published_at timestamptz,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      bigint      not null default 0,
    constraint entry_status_known check (status in ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'RETRACTED')),
    constraint entry_published_has_time check (status not in ('PUBLISHED', 'SCHEDULED') or published_at is not null)
);

-- Serves the feed and its keyset pages: newest first, ties on equal times broken by id, published entries only.
create index entry_feed on entry (live_blog_id, published_at desc, id desc) where status = 'PUBLISHED';

