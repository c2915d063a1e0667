-- Every version of an entry an editor saved, draft, scheduled or published, with who saved it and when.
-- A correction form carries the entry's row version it started from; the version here that held then is
-- the base of a three-way merge, so two editors' changes to different fields are both kept.
create table entry_version (
    id             bigint generated always as identity primary key,
    entry_id       bigint      not null references entry (id),
    -- The entry row's version once this was saved. It holds until the next row here: pinning, unpinning
    -- and the scheduled publishing job bump the row's version without changing what the editor wrote.
    version        bigint      not null,
    headline       text,
    body_source    text        not null,
    key_event      boolean     not null,
    image_url      text,
    image_alt      text,
    image_caption  text,
    image_credit   text,
    image_width    integer,
    image_height   integer,
    link_url       text,
    link_title     text,
    link_site_name text,
    link_image_url text,
    status         text        not null,
    -- The time a scheduled entry was to be published; null otherwise.
    scheduled_for  timestamptz,
    saved_by       text        not null,
    saved_at       timestamptz not null,
    constraint entry_version_once unique (entry_id, version)
);

-- Entries written before: their content as it is now, at the row version it is now. A form opened on an
-- older row version finds no base, and its editor chooses field by field where the two differ.
insert into entry_version (entry_id, version, headline, body_source, key_event, image_url, image_alt,
        image_caption, image_credit, image_width, image_height, link_url, link_title, link_site_name,
        link_image_url, status, scheduled_for, saved_by, saved_at)
select e.id, e.version, e.headline, e.body_source, e.key_event, e.image_url, e.image_alt, e.image_caption,
       e.image_credit, e.image_width, e.image_height, e.link_url, e.link_title, e.link_site_name,
       e.link_image_url, e.status, case when e.status = 'SCHEDULED' then e.published_at end,
       coalesce((select r.replaced_by from entry_revision r where r.entry_id = e.id order by r.id desc limit 1),
                e.author_name),
       coalesce(e.edited_at, e.created_at)
from entry e;

-- What readers saw before a correction includes its key-event mark. Before this, changing the mark kept
-- no revision, so earlier versions are given the mark the entry has now: the history claims no change
-- it cannot know of.
alter table entry_revision add column key_event boolean;
update entry_revision r set key_event = e.key_event from entry e where e.id = r.entry_id;
alter table entry_revision alter column key_event set not null;
