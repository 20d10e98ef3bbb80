CREATE TABLE t (id integer PRIMARY KEY, first text, last text, born date,
  full_name text GENERATED ALWAYS AS (coalesce(first, '') || ' ' || coalesce(last, '')) STORED,
  born_year integer GENERATED ALWAYS AS ((extract(year from born))::integer) STORED);
