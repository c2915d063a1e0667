-- Editors and their sign-in, entries' editorial life (drafts, schedule, pin, key event, edits,
-- retraction), and the audit trail.

create table editor (
    id            bigint generated always as identity primary key,
    username      text        not null,
    display_name  text        not null,
    -- DelegatingPasswordEncoder format: {bcrypt}..., so the algorithm can change without a migration.
    password_hash text        not null,
    role          text        not null,
    enabled       boolean     not null default true,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint      not null default 0,
    constraint editor_role_known check (role in ('EDITOR', 'ADMIN')),
    constraint editor_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{0,49}$')
);
create unique index editor_username_unique on editor (username);

-- Failed sign-ins per username, shared by every instance: after 5 failures within 15 minutes the
-- username is locked for 15 minutes.
create table login_throttle (
    username      text        primary key,
    failures      integer     not null,
    window_start  timestamptz not null,
    locked_until  timestamptz
);

alter table entry
    add column author_id           bigint references editor (id),
    add column key_event           boolean not null default false,
    add column pinned              boolean not null default false,
    -- Set when a published entry's text is corrected; readers see "updated at".
    add column edited_at           timestamptz,
    add column retracted_at        timestamptz,
    add column retracted_by_name   text,
    add column retraction_reason   text,
    -- The composer's one-time token: a re-sent form finds the entry it already made.
    add column submission_token    uuid,
    add constraint entry_submission_token_unique unique (submission_token),
    add constraint entry_retraction_complete check (status <> 'RETRACTED' or (retracted_at is not null and retraction_reason is not null));

-- At most one pinned entry per blog.
create unique index entry_one_pinned_per_blog on entry (live_blog_id) where pinned;

-- The back office lists every entry of a blog, whatever its status, newest first.
create index entry_backoffice on entry (live_blog_id, coalesce(published_at, created_at) desc, id desc);

-- Due scheduled entries, for the publishing job.
create index entry_scheduled_due on entry (published_at) where status = 'SCHEDULED';

-- Earlier versions of a published entry: what readers saw before each correction.
create table entry_revision (
    id             bigint generated always as identity primary key,
    entry_id       bigint      not null references entry (id),
    headline       text,
    body_source    text        not null,
    body_html      text        not null,
    -- The version's own time: when it was published or last corrected.
    valid_from     timestamptz not null,
    -- Who replaced it, when and why.
    replaced_at    timestamptz not null,
    replaced_by    text        not null,
    public_note    text
);
create index entry_revision_of_entry on entry_revision (entry_id, id);

create table audit_event (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz not null,
    actor         text        not null,
    action        text        not null,
    live_blog_id  bigint references live_blog (id),
    entry_id      bigint references entry (id),
    details       text        not null default ''
);
create index audit_event_newest on audit_event (id desc);
