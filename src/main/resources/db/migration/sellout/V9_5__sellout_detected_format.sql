-- What a received file is, told once from its first bytes where it came in (issue 15, one intake door)
-- and carried to its processing, which reads it as that instead of telling it again:
-- 'TABLE XLSX', 'TABLE XLS', 'TABLE HTML', 'TABLE TEXT', 'ENTERPRISE_DATA', 'COMMERCE_ML', 'CANONICAL_JSON';
-- null with a refusal (key and its argument) for a file that is no sell-out file (a PDF, an unknown XML),
-- which its processing rejects with that reason. Null for both in reports received before: told then.
alter table sellout_reports add column detected_format text;
alter table sellout_reports add column format_refusal_key text;
alter table sellout_reports add column format_refusal_arg text;
