-- Zabbix 6.0 and Gammu write DEFAULT '0' on bigint, smallint and double precision columns: PostgreSQL stores
-- '0'::bigint, which pg_dump shows with its cast, while DEFAULT 0 shows bare
CREATE TABLE events (eventid bigint PRIMARY KEY, objectid bigint DEFAULT '0' NOT NULL, version smallint DEFAULT '0' NOT NULL, yaxismax double precision DEFAULT '100' NOT NULL, ratio real DEFAULT '-1.5' NOT NULL, clock integer DEFAULT '0' NOT NULL);
