-- A new phone for a second factor that is on: the new secret waits here until a code of the new
-- phone confirms it; until then the old one goes on working (giving a recovery code to start the
-- replacement never leaves the account with the password alone). Encrypted as secret_encrypted.
alter table second_factors add column replacement_secret_encrypted text;
alter table second_factors add column replacement_started_at timestamptz;
