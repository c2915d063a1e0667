-- Contributors' entries wait in their blog's review queue; an editor publishes them or sends them back with a
-- note the author sees beside their text. An entry may carry several authors, in the order its byline names
-- them (a reporter, then the editor who rewrote the submission).

alter table entry
    -- When the entry last went to the review queue; kept once it leaves it (what the contributor's list is of).
    add column submitted_at        timestamptz,
    -- The editor's note when they sent the entry back to its author, until the author submits it again.
    add column review_note         text,
    add column sent_back_by_name   text,
    add column sent_back_at        timestamptz,
    add constraint entry_submission_has_time check (status <> 'SUBMITTED' or submitted_at is not null);

-- The review queue: a blog's submissions, oldest first.
create index entry_review_queue on entry (live_blog_id, submitted_at, id) where status = 'SUBMITTED';

-- A contributor's own submissions, newest first ("My submissions" beside the composer).
create index entry_submissions_by_author on entry (author_id, live_blog_id, submitted_at desc)
    where submitted_at is not null;

create table entry_author (
    entry_id   bigint  not null references entry (id) on delete cascade,
    position   integer not null,
    -- Null for entries the application wrote itself (imports, the demo blog).
    editor_id  bigint  references editor (id),
    -- The author's public name when they signed the entry: the byline does not change with a later rename.
    name       text    not null,
    primary key (entry_id, position)
);

insert into entry_author (entry_id, position, editor_id, name)
select id, 0, author_id, author_name from entry;
