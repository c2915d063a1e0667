-- An entry's optional image and link card, as the editor gives them: addresses only, loaded or linked by
-- readers' browsers, never an embed or a script. The application checks each address in full (scheme,
-- host, no credentials) with a message beside the field; these checks are the last line behind it.
alter table entry
    add column image_url      text,
    add column image_alt      text,
    add column image_caption  text,
    add column image_credit   text,
    -- The image's size in pixels when the editor knows it: the page reserves its space before it loads.
    add column image_width    integer,
    add column image_height   integer,
    add column link_url       text,
    add column link_title     text,
    add column link_site_name text,
    add column link_image_url text,
    add constraint entry_image_https check (image_url ~* '^https://[^/]'),
    add constraint entry_image_has_alt check (image_url is null or image_alt is not null),
    add constraint entry_image_size check ((image_width is null) = (image_height is null)
        and coalesce(image_width, 1) > 0 and coalesce(image_height, 1) > 0),
    add constraint entry_link_web check (link_url ~* '^https?://[^/]'),
    add constraint entry_link_has_title check (link_url is null or link_title is not null),
    add constraint entry_link_image_https check (link_image_url ~* '^https://[^/]');

-- What readers saw before a correction includes its image and link card.
alter table entry_revision
    add column image_url      text,
    add column image_alt      text,
    add column image_caption  text,
    add column image_credit   text,
    add column image_width    integer,
    add column image_height   integer,
    add column link_url       text,
    add column link_title     text,
    add column link_site_name text,
    add column link_image_url text;
