-- Photos uploaded from the back office, kept in PostgreSQL so that nothing else has to be installed (the
-- photo module's PhotoStore is the seam an object store would take over at). A photo is named by the
-- SHA-256 of the bytes uploaded: the same file uploaded twice is one photo, and its addresses never change.
-- Nothing of what was uploaded is kept: only renditions re-encoded from the pixels, without any metadata.
create table photo (
    key          text        primary key,
    -- Of the renditions: what the decoded image became, never what the upload claimed to be.
    media_type   text        not null,
    -- The largest rendition's size, upright (after the EXIF orientation).
    width        integer     not null,
    height       integer     not null,
    uploaded_by  bigint      references editor (id) on delete set null,
    uploaded_at  timestamptz not null,
    constraint photo_key_is_sha256 check (key ~ '^[0-9a-f]{64}$'),
    constraint photo_media_type_known check (media_type in ('image/jpeg', 'image/png')),
    constraint photo_size check (width > 0 and height > 0)
);

create table photo_rendition (
    photo_key text    not null references photo (key) on delete cascade,
    width     integer not null,
    height    integer not null,
    bytes     bytea   not null,
    primary key (photo_key, width),
    constraint photo_rendition_size check (width > 0 and height > 0)
);
-- JPEG and PNG are compressed already: TOAST keeps them out of line without trying to compress them again.
alter table photo_rendition alter column bytes set storage external;

-- An entry's gallery, in the order the editor set: a JSON array of
-- {"key", "width", "height", "type", "alt", "caption", "credit"}, the photo's own size and type copied from
-- the photo row, the texts the editor wrote for this entry. Revisions and versions keep the gallery they
-- had, so a correction keeps the earlier photos in the entry's history.
alter table entry
    add column photos jsonb not null default '[]',
    add constraint entry_photos_is_array check (jsonb_typeof(photos) = 'array');
alter table entry_revision
    add column photos jsonb not null default '[]',
    add constraint entry_revision_photos_is_array check (jsonb_typeof(photos) = 'array');
alter table entry_version
    add column photos jsonb not null default '[]',
    add constraint entry_version_photos_is_array check (jsonb_typeof(photos) = 'array');

-- "Is this photo in a published entry, or in a revision readers can see?": asked for each image request
-- that no cache answered, so that a retracted entry's photos stop being served at once.
create index entry_photos_contain on entry using gin (photos jsonb_path_ops);
create index entry_revision_photos_contain on entry_revision using gin (photos jsonb_path_ops);
