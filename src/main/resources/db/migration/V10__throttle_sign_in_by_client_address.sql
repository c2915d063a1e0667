-- Sign-in throttling that slows a guesser without locking out an account's owner (issue 13, item 15).
-- Failed sign-ins are counted per client address and username: after a few, that address waits longer and
-- longer before it may try that username again, while the owner signing in from elsewhere is not held up.
-- login_throttle stays as the per-username count across all addresses, which only ever slows (it takes
-- away an address's free attempts), so it no longer locks: its locks end here.
create table sign_in_failure (
    client_address   text        not null,
    username         text        not null,
    failures         integer     not null,
    last_failure_at  timestamptz not null,
    primary key (username, client_address)
);

-- The clean-up job forgets pairs nobody has tried for a while.
create index sign_in_failure_last_failure_at_idx on sign_in_failure (last_failure_at);

alter table login_throttle drop column locked_until;
delete from login_throttle;
