-- Entries' code blocks scroll sideways, so EntryBodyRenderer now makes each one focusable (tabindex="0"):
-- a keyboard can then scroll it. The entries written before get the same, in their current and earlier
-- versions, since pages print body_html as stored. The allow-list leaves every <pre> without attributes,
-- and a "<pre>" an editor typed is stored escaped, so the plain tag is all there is to find.
update entry set body_html = replace(body_html, '<pre>', '<pre tabindex="0">') where body_html like '%<pre>%';
update entry_revision set body_html = replace(body_html, '<pre>', '<pre tabindex="0">') where body_html like '%<pre>%';
