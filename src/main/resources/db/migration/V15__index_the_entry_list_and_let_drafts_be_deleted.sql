-- The back office's entry list, tab by tab, newest first with keyset pages: each tab walks an index of its
-- own from its start or from a cursor (time, id) and stops after a page, however long the day. Published
-- entries and key events walk the feed's indexes (entry_feed, entry_key_events), "All" entry_backoffice.

-- Drafts and submissions by their last save: the one saved a minute ago comes first, on every device.
create index entry_list_unpublished on entry (live_blog_id, status, updated_at desc, id desc)
    where status in ('DRAFT', 'SUBMITTED');

-- The same, one author's: "Mine", and all a contributor may see of them.
create index entry_list_unpublished_by_author on entry (live_blog_id, author_id, status, updated_at desc, id desc)
    where status in ('DRAFT', 'SUBMITTED');

-- Scheduled entries by their time to come (entry_scheduled_due serves the publishing job across blogs).
create index entry_list_scheduled on entry (live_blog_id, published_at, id) where status = 'SCHEDULED';

-- Retracted entries by when they were retracted.
create index entry_list_retracted on entry (live_blog_id, retracted_at desc, id desc) where status = 'RETRACTED';

-- Searching a blog's entries by the words of their headline and text. The 'simple' configuration neither
-- stems nor drops stop words: names ("Zelensky", "Rutte") and both languages of the site match as typed,
-- and a prefix of the last word typed matches while the editor is still typing.
create index entry_search on entry
    using gin (to_tsvector('simple', coalesce(headline, '') || ' ' || body_source));

-- A deleted draft is gone, but the audit trail keeps what was done to it, by whom, and its headline:
-- the trail's rows outlive the entries they name.
alter table audit_event drop constraint audit_event_entry_id_fkey;

-- A change the live stream carried for an entry since deleted keeps its place in the blog's sequence.
alter table live_change drop constraint live_change_entry_id_fkey;
alter table live_change add constraint live_change_entry_id_fkey
    foreign key (entry_id) references entry (id) on delete set null;
