-- Webhooks (issue 17): admins register endpoints per blog; every public change is POSTed to each of them,
-- signed as the Standard Webhooks specification says, from an outbox written in the change's own transaction.
create table webhook_endpoint (
    id             bigserial   primary key,
    live_blog_id   bigint      not null references live_blog (id) on delete cascade,
    url            text        not null check (length(url) <= 2000),
    description    text        not null default '',
    -- whsec_<base64 of 32 random bytes>: the receiver needs it as it is to verify, so it cannot be hashed.
    secret         text        not null,
    -- The secret before the last rotation, which signs too (beside the new one) until previous_secret_until: a
    -- receiver has a day to switch without refusing a delivery.
    previous_secret        text,
    previous_secret_until  timestamptz,
    state          text        not null check (state in ('ACTIVE', 'PAUSED')),
    paused_at      timestamptz,
    pause_note     text,
    -- The first failure since the last delivery: an endpoint failing for a day is paused.
    failing_since  timestamptz,
    created_by     text        not null,
    created_at     timestamptz not null,
    unique (live_blog_id, url)
);

-- One message per change, as it was at the change: retries send the very same body under the same id.
create table webhook_message (
    id            text        primary key,
    live_blog_id  bigint      not null references live_blog (id) on delete cascade,
    -- The blog's change number; null for a test event, which is no change.
    change_seq    bigint,
    type          text        not null,
    -- The very text sent and signed: jsonb would reorder keys, and refuse a \u0000 in an entry (rolling back
    -- the publish).
    payload       text        not null,
    created_at    timestamptz not null
);

create index webhook_message_created_at_idx on webhook_message (created_at);
-- A blog's deletion finds its messages.
create index webhook_message_live_blog_idx on webhook_message (live_blog_id);

-- One delivery per endpoint and message. The delivery's id orders an endpoint's queue: deliveries of one blog
-- are written while the change holds its blog's row (live.ChangeLog), so ids follow the change numbers.
create table webhook_delivery (
    id                bigserial   primary key,
    endpoint_id       bigint      not null references webhook_endpoint (id) on delete cascade,
    message_id        text        not null references webhook_message (id) on delete cascade,
    status            text        not null check (status in ('PENDING', 'DELIVERED')),
    attempts          integer     not null default 0,
    next_attempt_at   timestamptz not null,
    -- A claim is a lease, not a lock held across the HTTP call: an instance killed mid-delivery lets it expire
    -- and another sends the delivery again, under the same id.
    leased_until      timestamptz,
    lease_token       uuid,
    last_attempt_at   timestamptz,
    last_status_code  integer,
    last_error        text,
    delivered_at      timestamptz,
    created_at        timestamptz not null,
    unique (endpoint_id, message_id)
);

-- The head of each endpoint's queue: its oldest pending delivery.
create index webhook_delivery_pending_idx on webhook_delivery (endpoint_id, id) where status = 'PENDING';
-- The delivery log, newest first, and the clean-up of old delivered rows.
create index webhook_delivery_log_idx on webhook_delivery (endpoint_id, id desc);
create index webhook_delivery_delivered_at_idx on webhook_delivery (delivered_at) where status = 'DELIVERED';
-- The clean-up's deletion of old messages finds (cascades to) their deliveries: without it, a scan per message.
create index webhook_delivery_message_idx on webhook_delivery (message_id);
