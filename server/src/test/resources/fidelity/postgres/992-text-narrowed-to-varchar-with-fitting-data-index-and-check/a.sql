CREATE TABLE u (id integer PRIMARY KEY, email text NOT NULL, code text, CONSTRAINT code_upper CHECK (code = upper(code)));
CREATE UNIQUE INDEX u_email_lower ON u (lower(email));
CREATE INDEX u_code ON u (code text_pattern_ops);
