-- Global, owned by no module: Spring Modulith's JDBC event publication registry, where every event
-- a module publishes is kept with each listener until that listener has handled it (at least once,
-- across restarts). Spring Modulith 2.0.3's own schema for PostgreSQL
-- (org/springframework/modulith/events/jdbc/schemas/v2/schema-postgresql.sql), its initialisation
-- off (spring.modulith.events.jdbc.schema-initialization.enabled=false). It holds events, no
-- distributor's rows, so it has no row-level security.
CREATE TABLE IF NOT EXISTS event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);

grant select, insert, update, delete on event_publication to ${app_role};
