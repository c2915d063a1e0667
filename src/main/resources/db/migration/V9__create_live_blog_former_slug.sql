-- Every address a blog had before its current one. Old links to it (its feed, entries, histories, Atom,
-- API and live stream) redirect permanently to where it lives now, so no other blog may take one: its old
-- links would lead the first blog's readers into another story. A blog may take back one of its own.
create table live_blog_former_slug (
    slug         text        primary key,
    live_blog_id bigint      not null references live_blog (id),
    replaced_at  timestamptz not null,
    constraint live_blog_former_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 100)
);
create index live_blog_former_slug_of_blog on live_blog_former_slug (live_blog_id);
