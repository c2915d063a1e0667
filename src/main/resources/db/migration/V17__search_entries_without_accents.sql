-- Reporters type on phones without accents: "elysee" must find "Élysée", "reun" "réunion". The entry list's
-- search gets a text-search configuration of its own: the 'simple' one (no stemming, no stop words, so
-- names and both languages match as typed) with accents taken off first. unaccent ships with PostgreSQL's
-- contrib and is a trusted extension: the database's owner may create it.
create extension if not exists unaccent;

create text search configuration liveblog_search (copy = simple);
alter text search configuration liveblog_search
    alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part with unaccent, simple;

drop index entry_search;
create index entry_search on entry
    using gin (to_tsvector('liveblog_search', coalesce(headline, '') || ' ' || body_source));
