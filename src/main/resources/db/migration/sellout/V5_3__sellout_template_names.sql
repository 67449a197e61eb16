-- Templates get a name people recognise (the file that taught it, until renamed), and reports
-- remember the template they were read with.
alter table sellout_templates add column name varchar(200);
alter table sellout_reports add column template_id bigint references sellout_templates (id) on delete set null;
create index sellout_reports_template_ix on sellout_reports (template_id) where template_id is not null;
