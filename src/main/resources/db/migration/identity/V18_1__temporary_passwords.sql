-- A password an administrator chose or generated for a person is temporary (OWASP ASVS V6.4.1:
-- an initial secret must not become the long-term password): the person chooses their own at the
-- first web login, before any page, and the temporary one stops working at this moment if unused.
-- Null: the person's own password (chosen by them, through a link, or set by the system — the
-- demo accounts). Integration accounts never have one: they have no pages to choose on.
alter table users add column password_temporary_until timestamptz;
