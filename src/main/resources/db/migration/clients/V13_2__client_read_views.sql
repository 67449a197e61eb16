-- What the BI feed (issue 19) and the reporting schema read of the client registry, declared with
-- @ReadViews on clients: the clients without their contact persons, the segments, and which
-- distributor works with which client. security_invoker applies the policies: a distributor sees
-- the clients assigned to it (a restricted manager's narrower list is the reader's to apply, by
-- ИНН, as for every figure kept by ИНН).
create view client_directory with (security_invoker = true) as
    select id, inn, kpp, ogrn, name, segment, region_code, region_name, city, status, created_at, updated_at
      from clients;
revoke insert, update, delete, truncate on client_directory from ${app_role};

create view client_segment_directory with (security_invoker = true) as
    select code, name_ru, name_en, active, sort_order from client_segments;
revoke insert, update, delete, truncate on client_segment_directory from ${app_role};

create view client_distributors with (security_invoker = true) as
    select client_id, distributor_id, assigned_at from client_assignments;
revoke insert, update, delete, truncate on client_distributors from ${app_role};
