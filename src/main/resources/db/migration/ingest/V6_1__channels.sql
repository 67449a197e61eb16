-- Cluster-wide jobs (db-scheduler's table): each task instance runs on one app node at a time.
-- Holds job names and ids, no distributor's data.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_ix on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_ix on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_ix on scheduled_tasks (priority desc, execution_time asc);

-- How an integration account is recognised by e-mail: its intake address (sellout+<tag>@...)
-- and/or the sender addresses it may send from.
alter table users add column mail_intake_tag varchar(64);
alter table users add column mail_senders text[] not null default '{}';
create unique index users_mail_intake_tag_uq on users (lower(mail_intake_tag));

-- Every delivery by FTP or e-mail: what came, from whom, what became of it. A quarantined
-- message belongs to no distributor and is seen by the manufacturer only.
create table deliveries (
    id             bigint generated always as identity primary key,
    distributor_id bigint references distributors (id),
    channel        varchar(16)  not null,
    sender         varchar(500) not null,
    subject        varchar(500),
    message_key    varchar(500),
    status         varchar(16)  not null,
    reason         text,
    received_by    varchar(64),
    result_path    varchar(1000),
    received_at    timestamptz  not null default now(),
    completed_at   timestamptz,
    constraint deliveries_channel_ck check (channel in ('FTP', 'EMAIL')),
    constraint deliveries_status_ck check (status in ('RECEIVED', 'PROCESSED', 'REJECTED', 'QUARANTINED')),
    constraint deliveries_owner_ck check ((distributor_id is null) = (status = 'QUARANTINED'))
);
-- A message seen twice (re-delivered, or read again after a crash) is one delivery.
create unique index deliveries_message_uq on deliveries (message_key) where channel = 'EMAIL';
create index deliveries_distributor_ix on deliveries (distributor_id, received_at desc);
create index deliveries_open_ix on deliveries (id) where completed_at is null;

create table delivery_files (
    delivery_id    bigint       not null references deliveries (id) on delete cascade,
    position       integer      not null,
    distributor_id bigint       not null references distributors (id),
    file_name      varchar(500) not null,
    report_id      bigint,
    new_report     boolean      not null default true,
    refusal        text,
    primary key (delivery_id, position)
);
create index delivery_files_report_ix on delivery_files (report_id);

-- Mail to send, sent by a job (retried); the body of a mail with a secret link is dropped once sent.
create table outgoing_mails (
    id             bigint generated always as identity primary key,
    distributor_id bigint references distributors (id),
    kind           varchar(32)  not null,
    recipient      varchar(320) not null,
    subject        varchar(500) not null,
    body           text,
    in_reply_to    varchar(500),
    attachment_name varchar(255),
    attachment     bytea,
    created_at     timestamptz  not null default now(),
    sent_at        timestamptz,
    attempts       integer      not null default 0,
    last_error     text
);
create index outgoing_mails_unsent_ix on outgoing_mails (id) where sent_at is null;

-- Links that let a person set a password: reset or invitation. Only the SHA-256 is kept.
create table password_tokens (
    token_hash     varchar(64) primary key,
    user_id        bigint      not null references users (id) on delete cascade,
    distributor_id bigint references distributors (id),
    purpose        varchar(16) not null,
    expires_at     timestamptz not null,
    used_at        timestamptz,
    created_at     timestamptz not null default now(),
    constraint password_tokens_purpose_ck check (purpose in ('RESET', 'INVITATION'))
);
create index password_tokens_user_ix on password_tokens (user_id);

-- Which finished reports their uploader has been told about (exceptions or rejection).
create table report_notifications (
    report_id      bigint primary key,
    distributor_id bigint not null references distributors (id),
    notified_at    timestamptz not null default now()
);

alter table deliveries enable row level security;
alter table deliveries force row level security;
create policy deliveries_scope on deliveries for all
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))
    with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));

alter table delivery_files enable row level security;
alter table delivery_files force row level security;
create policy delivery_files_scope on delivery_files for all
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))
    with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));

alter table outgoing_mails enable row level security;
alter table outgoing_mails force row level security;
create policy outgoing_mails_scope on outgoing_mails for all
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))
    with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));

alter table password_tokens enable row level security;
alter table password_tokens force row level security;
create policy password_tokens_scope on password_tokens for all
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))
    with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));

alter table report_notifications enable row level security;
alter table report_notifications force row level security;
create policy report_notifications_scope on report_notifications for all
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))
    with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));
