-- The tables V23 replaced (rate_limit_count, site_key), kept for the instances still on the version before it
-- during a rolling deploy. No version since reads or writes them.
drop table reader_question_throttle;
drop table push_subscribe_throttle;
drop table reader_question_key;
