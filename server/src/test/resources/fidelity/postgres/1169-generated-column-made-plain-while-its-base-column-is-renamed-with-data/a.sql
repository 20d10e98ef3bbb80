CREATE TABLE people (id integer PRIMARY KEY, first text, last text,
  full_name text GENERATED ALWAYS AS (first || ' ' || last) STORED,
  initials text GENERATED ALWAYS AS (left(first, 1) || left(last, 1)) STORED);
