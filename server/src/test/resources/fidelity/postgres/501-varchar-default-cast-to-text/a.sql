CREATE TABLE bans (id integer PRIMARY KEY, status character varying DEFAULT 'active' NOT NULL, kind varchar(20) DEFAULT 'x'::text, note text DEFAULT 'n');
