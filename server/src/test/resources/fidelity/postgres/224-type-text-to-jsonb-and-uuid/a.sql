CREATE TABLE docs (id text PRIMARY KEY, body text);
