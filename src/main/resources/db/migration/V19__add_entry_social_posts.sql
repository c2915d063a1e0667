-- An entry's optional post or video from another site (X, YouTube, Instagram, Telegram, Bluesky, TikTok,
-- Vimeo): the card the app prints (network, author, quoted text, date, link to the original) and the id its
-- click-to-load embed is built from. The application reads the network and the id from the address and
-- checks both strictly (entry.SocialPost, embed.SocialNetwork); these checks are the last line behind it:
-- an id that could carry markup or a path into an iframe's address never gets in.
alter table entry
    add column post_network     text,
    add column post_embed_id    text,
    add column post_url         text,
    add column post_author      text,
    add column post_text        text,
    -- As the post says, in the blog's zone: a day, and its time of day when the editor gave one.
    add column post_posted_on   date,
    add column post_posted_time time,
    add constraint entry_post_network_known check (post_network in
        ('X', 'YOUTUBE', 'INSTAGRAM', 'TELEGRAM', 'BLUESKY', 'TIKTOK', 'VIMEO')),
    add constraint entry_post_whole check ((post_url is null) = (post_network is null)
        and (post_url is null) = (post_embed_id is null) and (post_url is null or post_author is not null)),
    add constraint entry_post_web check (post_url ~* '^https?://[^/]'),
    add constraint entry_post_embed_id_plain check (post_embed_id ~ '^[A-Za-z0-9_:./-]+$'
        and length(post_embed_id) <= 300 and post_embed_id !~ '\.\.'),
    add constraint entry_post_time_with_day check (post_posted_time is null or post_posted_on is not null);

-- What readers saw before a correction, and each version a merge starts from, include the post.
alter table entry_revision
    add column post_network     text,
    add column post_embed_id    text,
    add column post_url         text,
    add column post_author      text,
    add column post_text        text,
    add column post_posted_on   date,
    add column post_posted_time time;
alter table entry_version
    add column post_network     text,
    add column post_embed_id    text,
    add column post_url         text,
    add column post_author      text,
    add column post_text        text,
    add column post_posted_on   date,
    add column post_posted_time time;
