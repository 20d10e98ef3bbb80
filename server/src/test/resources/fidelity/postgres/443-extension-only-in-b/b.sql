CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE u (id integer PRIMARY KEY, token text DEFAULT encode(gen_random_bytes(8), 'hex'));
