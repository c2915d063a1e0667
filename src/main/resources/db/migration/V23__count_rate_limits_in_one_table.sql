-- One table for every rate limit by client address (system.RateLimits): readers' questions and push
-- subscriptions were each counted in a table of their own, the push one keeping the client address itself for
-- an hour. Here an address is only ever a keyed hash; a scope's count from everyone together is kept as '*'.
-- A row lives only for its window: the clean-up job deletes it after. The counts start again from nothing,
-- which costs a client at most one window's worth of extra requests.
create table rate_limit_count (
    scope        text        not null,
    client       text        not null,
    requests     integer     not null,
    window_ends  timestamptz not null,
    primary key (scope, client)
);
create index rate_limit_count_window_ends_idx on rate_limit_count (window_ends);

drop table reader_question_throttle;
drop table push_subscribe_throttle;

-- The key that hashed askers' addresses and signs the question form now serves the whole site (system.SiteKey);
-- kept, so that forms shown before this migration still verify.
alter table reader_question_key rename to site_key;
