-- Serves the feed's "Key events" list: a blog's newest published key events, read from the top of this
-- index and stopped after a few, however many ordinary entries the blog has (the feed's own index would
-- walk past every one of them to find the few key events).
create index entry_key_events on entry (live_blog_id, published_at desc, id desc) where status = 'PUBLISHED' and key_event;
