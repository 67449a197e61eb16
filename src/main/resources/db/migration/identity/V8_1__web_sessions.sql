-- Web sessions in PostgreSQL (Spring Session JDBC), shared by every node: a session started on one
-- node is served by any other, and one ended on any node is ended everywhere. The tables are
-- Spring Session's own schema for PostgreSQL; they hold no distributor's data of their own (the
-- security context names the user), so they are global, without row-level security.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

grant select, insert, update, delete on spring_session, spring_session_attributes to ${app_role};

-- Raised whenever a change must end the person's access: deactivation (of the person or of their
-- distributor), another role, distributor or login, a new password. Every session, FTP login and
-- 1C exchange session remembers the value it started with and is refused once it differs — a
-- check on the shared row, so it holds on every node at once.
alter table users add column access_version integer not null default 0;

alter table onec_exchange_sessions add column access_version integer not null default 0;
