CREATE TABLE people (id integer PRIMARY KEY, "Given Name" text, last text,
  full_name text,
  initials text GENERATED ALWAYS AS (upper(left("Given Name", 1) || left(last, 1))) STORED);
