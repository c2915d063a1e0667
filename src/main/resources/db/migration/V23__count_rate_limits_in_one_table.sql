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

-- The tables they replace stay for now, unused by this version: during a rolling deploy the instances still on
-- the version before count in them until they stop. A later migration drops them. The push one held client
-- addresses as they are: those go at once.
delete from push_subscribe_throttle;

-- The key that hashed askers' addresses and signs the question form now serves the whole site (system.SiteKey).
-- Copied, not moved, so that forms shown before this migration, or by an instance still on the version before,
-- verify on either.
create table site_key (
    id     integer primary key check (id = 1),
    secret bytea   not null check (length(secret) >= 32)
);
insert into site_key (id, secret) select id, secret from reader_question_key;
