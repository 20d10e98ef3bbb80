CREATE TABLE docs (id uuid PRIMARY KEY, body jsonb);
