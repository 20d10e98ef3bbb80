CREATE TABLE u (id integer PRIMARY KEY, email text, email_lc text GENERATED ALWAYS AS (lower(email)) STORED);
