CREATE TABLE u (id integer PRIMARY KEY, email varchar(320) NOT NULL, code varchar(8), CONSTRAINT code_upper CHECK (code::text = upper(code::text)));
CREATE UNIQUE INDEX u_email_lower ON u (lower(email::text));
CREATE INDEX u_code ON u (code varchar_pattern_ops);
