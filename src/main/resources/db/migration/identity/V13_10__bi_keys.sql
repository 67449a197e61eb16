-- BI keys (issue 19): a person's secret for the BI feed's URL (?key=…), for Power BI's "Web API"
-- credential, which cannot send HTTP Basic. Only a SHA-256 hash is kept; the key is shown once.
-- A key acts as its owner with the owner's scope at the time of use, so it stores no distributor
-- of its own: it is visible exactly where its owner is (the users policy applies inside this one).
create table bi_keys (
    id           bigint generated always as identity primary key,
    user_id      bigint       not null references users (id),
    name         varchar(100) not null,
    key_hash     char(64)     not null unique,
    hint         varchar(8)   not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index bi_keys_user_ix on bi_keys (user_id);

alter table bi_keys enable row level security;
alter table bi_keys force row level security;
create policy bi_keys_scope on bi_keys for all
    using (exists (select 1 from users u where u.id = bi_keys.user_id))
    with check (exists (select 1 from users u where u.id = bi_keys.user_id));
