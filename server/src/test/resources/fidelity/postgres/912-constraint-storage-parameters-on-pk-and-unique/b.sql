CREATE TABLE t (id integer, a text, b text, c integer, CONSTRAINT t_pkey PRIMARY KEY (id) WITH (fillfactor = 80), CONSTRAINT t_a_key UNIQUE (a) WITH (fillfactor = 50, deduplicate_items = off), CONSTRAINT t_b_c_key UNIQUE NULLS NOT DISTINCT (b, c) INCLUDE (id) WITH (fillfactor = 70));
CREATE TABLE n (id integer PRIMARY KEY WITH (fillfactor = 90), x text UNIQUE WITH (fillfactor = 40));
