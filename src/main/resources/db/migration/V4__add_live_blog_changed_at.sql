-- When the blog's public content last changed (with change_seq): the feed's Last-Modified, known without
-- reading its entries.
alter table live_blog add column changed_at timestamptz;
update live_blog set changed_at = updated_at;
