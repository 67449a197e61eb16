-- Issue 20, reminders: every reminder the reporting calendar sent, one row per submission, rule,
-- day and person. The unique key is what keeps a rule to one reminder with several nodes: the row
-- is inserted (on conflict do nothing) in the same transaction as the outbox mail, so the run that
-- loses the race queues nothing. Who it went to is kept as it was then (a user id of identity's, no
-- foreign key across modules).
create table calendar_reminders (
    id              bigserial    primary key,
    distributor_id  bigint       not null,
    kind            varchar(10)  not null,
    period          date         not null,
    week            integer      not null default 0,
    rule            varchar(20)  not null,
    rule_day        date         not null,
    user_id         bigint       not null,
    recipient_name  varchar(200) not null,
    recipient_email varchar(320),
    emailed         boolean      not null,
    mail_id         bigint,
    due_date        date         not null,
    state           varchar(24)  not null,
    zone            varchar(64)  not null,
    sent_at         timestamptz  not null,
    read_at         timestamptz,
    constraint calendar_reminders_once unique (distributor_id, kind, period, week, rule, rule_day, user_id),
    constraint calendar_reminders_kind_ck check (kind in ('SELLOUT', 'STOCK')),
    constraint calendar_reminders_period_ck check (extract(day from period) = 1),
    constraint calendar_reminders_rule_ck check (rule in ('WEEK_BEFORE', 'TWO_DAYS_BEFORE', 'DUE_DAY', 'OVERDUE', 'ESCALATION'))
);
create index calendar_reminders_list_ix on calendar_reminders (distributor_id, sent_at desc, id desc);
create index calendar_reminders_unread_ix on calendar_reminders (user_id) where read_at is null;

alter table calendar_reminders enable row level security;
alter table calendar_reminders force row level security;
create policy calendar_reminders_scope on calendar_reminders for all
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))
    with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));

-- What each person chose to get; no row is the defaults (everything on). distributor_id is the
-- person's distributor, null for the manufacturer's users (then only the all-distributors scope
-- reads it).
create table calendar_reminder_settings (
    user_id        bigint      primary key,
    distributor_id bigint,
    reminders      boolean     not null default true,
    by_email       boolean     not null default true,
    escalations    boolean     not null default true,
    updated_at     timestamptz not null default now()
);

alter table calendar_reminder_settings enable row level security;
alter table calendar_reminder_settings force row level security;
create policy calendar_reminder_settings_scope on calendar_reminder_settings for all
    using ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()))
    with check ((select portal_all_distributors()) or distributor_id = (select portal_distributor_id()));
