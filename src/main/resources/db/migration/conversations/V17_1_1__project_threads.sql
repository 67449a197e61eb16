-- Issue 24: a thread about a project (the manufacturer's question about a registration).
alter table conversation_threads add column project_id bigint;
alter table conversation_threads drop constraint conversation_threads_about_ck;
alter table conversation_threads add constraint conversation_threads_about_ck
    check (about_type in ('REPORT', 'LINE', 'CLIENT', 'PERIOD', 'STOCK', 'GENERAL', 'PROJECT'));
create index conversation_threads_project_ix on conversation_threads (project_id) where project_id is not null;
