-- Reader questions, moderated (issue 17, part 1): readers ask from the live page, editors answer, dismiss or
-- mark as spam in the back office; an answer is an entry that quotes the question.

-- Closed by default: a newsroom opens a blog to questions when it has someone to read them.
alter table live_blog add column takes_questions boolean not null default false;

create table reader_question (
    id              bigint      generated always as identity primary key,
    live_blog_id    bigint      not null references live_blog (id),
    question_text   text        not null check (length(question_text) between 1 and 500),
    asked_by        text        check (asked_by is null or length(asked_by) between 1 and 60),
    -- The text lower-cased, accents and punctuation dropped, spaces folded: the same question asked again
    -- (or by someone else) while it is still new raises times_asked instead of adding a row.
    fingerprint     text        not null,
    status          text        not null default 'NEW'
                                check (status in ('NEW', 'ANSWERED', 'DISMISSED', 'SPAM')),
    asked_at        timestamptz not null,
    last_asked_at   timestamptz not null,
    times_asked     integer     not null default 1 check (times_asked >= 1),
    -- The draft (then published) entry that answers it; a deleted draft leaves the question answered.
    answer_entry_id bigint      references entry (id) on delete set null,
    decided_at      timestamptz,
    decided_by      text,
    check ((status = 'NEW') = (decided_at is null))
);

-- One new question per fingerprint and blog: what duplicates fold into (insert ... on conflict).
create unique index reader_question_new_once on reader_question (live_blog_id, fingerprint) where status = 'NEW';
-- The moderation queue, newest first.
create index reader_question_queue_idx on reader_question (live_blog_id, status, last_asked_at desc);
-- The retention job: decided questions are deleted some time after the decision.
create index reader_question_decided_at_idx on reader_question (decided_at) where status <> 'NEW';

-- How many questions one client address (as a keyed hash, never the address itself), or the whole blog
-- ('*'), sent within the current window. A row lives only for its window: the clean-up job deletes it after.
create table reader_question_throttle (
    live_blog_id bigint      not null references live_blog (id) on delete cascade,
    asker        text        not null,
    questions    integer     not null,
    window_ends  timestamptz not null,
    primary key (live_blog_id, asker)
);
create index reader_question_throttle_window_ends_idx on reader_question_throttle (window_ends);

-- The key that signs the form's "shown at" time and hashes client addresses: made once by the first
-- instance that needs it, shared by every instance.
create table reader_question_key (
    id     integer primary key check (id = 1),
    secret bytea   not null check (length(secret) >= 32)
);

-- An answer's quote of the question is the entry's own value, like its post or link card: kept in every
-- revision and version, so history and merges carry it.
alter table entry
    add column question_text     text,
    add column question_asked_by text,
    add constraint entry_question_whole check (question_asked_by is null or question_text is not null),
    add constraint entry_question_length check (length(question_text) <= 500 and length(question_asked_by) <= 60);
alter table entry_revision
    add column question_text     text,
    add column question_asked_by text;
alter table entry_version
    add column question_text     text,
    add column question_asked_by text;
