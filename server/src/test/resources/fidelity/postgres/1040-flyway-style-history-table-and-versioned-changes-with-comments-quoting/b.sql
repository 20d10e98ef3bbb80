CREATE TABLE flyway_schema_history (installed_rank integer NOT NULL, version varchar(50), description varchar(200) NOT NULL, type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum integer, installed_by varchar(100) NOT NULL, installed_on timestamp NOT NULL DEFAULT now(), execution_time integer NOT NULL, success boolean NOT NULL, CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank));
CREATE INDEX flyway_schema_history_s_idx ON flyway_schema_history (success);
CREATE TABLE "user" (id bigint PRIMARY KEY, "name" varchar(255) NOT NULL DEFAULT '', "password_hash" text, "role" varchar(20) DEFAULT 'USER' CHECK ("role" IN ('USER', 'ADMIN')));
COMMENT ON TABLE "user" IS 'Users; see "auth" module -- v2';
COMMENT ON COLUMN "user"."password_hash" IS E'bcrypt\t$2a$...';
