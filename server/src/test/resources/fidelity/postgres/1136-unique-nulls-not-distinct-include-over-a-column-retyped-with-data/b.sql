CREATE TABLE badges (id integer PRIMARY KEY, code varchar(16), holder bigint, note text,
  CONSTRAINT badges_code_key UNIQUE NULLS NOT DISTINCT (code) INCLUDE (holder));
CREATE UNIQUE INDEX badges_holder_idx ON badges (holder) NULLS NOT DISTINCT WHERE note IS NOT NULL;
