CREATE TABLE sessions (id integer NOT NULL, user_id integer NOT NULL, token varchar(64)) PARTITION BY HASH (user_id);
CREATE TABLE sessions_p0 PARTITION OF sessions FOR VALUES WITH (MODULUS 3, REMAINDER 0);
CREATE TABLE sessions_p1 PARTITION OF sessions FOR VALUES WITH (MODULUS 3, REMAINDER 1);
CREATE TABLE sessions_p2 PARTITION OF sessions FOR VALUES WITH (MODULUS 3, REMAINDER 2);
CREATE INDEX sessions_token_idx ON sessions (token);
