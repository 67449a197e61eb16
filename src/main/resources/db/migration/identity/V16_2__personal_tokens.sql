-- Personal API tokens (issue 22): a person's secret for scripts and tools, given as
-- "Authorization: Bearer …" or as the HTTP Basic password on the API and the BI feed. Only a
-- SHA-256 hash is kept; the token is shown once. Like a BI key, a token acts as its owner with
-- the owner's scope at the time of use, so it stores no distributor of its own: it is visible
-- exactly where its owner is (the users policy applies inside this one). Every token ends.
create table personal_tokens (
    id           bigint generated always as identity primary key,
    user_id      bigint       not null references users (id),
    name         varchar(100) not null,
    scope        varchar(16)  not null check (scope in ('READ_ONLY', 'FULL')),
    token_hash   char(64)     not null unique,
    hint         varchar(8)   not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index personal_tokens_user_ix on personal_tokens (user_id);

alter table personal_tokens enable row level security;
alter table personal_tokens force row level security;
create policy personal_tokens_scope on personal_tokens for all
    using (exists (select 1 from users u where u.id = personal_tokens.user_id))
    with check (exists (select 1 from users u where u.id = personal_tokens.user_id));

grant select, insert, update, delete on personal_tokens to ${app_role};
