CREATE TABLE audit_new (
  id int NOT NULL,
  body text,
  kind varchar(10) NOT NULL DEFAULT 'x' WITHOUT SYSTEM VERSIONING,
  started timestamp(6) GENERATED ALWAYS AS ROW START,
  ended timestamp(6) GENERATED ALWAYS AS ROW END,
  PRIMARY KEY (id, ended),
  UNIQUE KEY uq_kind (kind, ended),
  PERIOD FOR SYSTEM_TIME (started, ended)
) WITH SYSTEM VERSIONING;
CREATE TABLE keepers (
  id int NOT NULL,
  PRIMARY KEY (id)
);
