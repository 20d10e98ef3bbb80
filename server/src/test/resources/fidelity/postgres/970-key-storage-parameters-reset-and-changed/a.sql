CREATE TABLE t (id integer, a text, b text, CONSTRAINT t_pkey PRIMARY KEY (id) WITH (fillfactor = 80), CONSTRAINT t_a_key UNIQUE (a) WITH (fillfactor = 50, deduplicate_items = off), CONSTRAINT t_b_key UNIQUE (b) WITH (fillfactor = 30) DEFERRABLE);
CREATE TABLE k (id integer, v text, CONSTRAINT k_pkey PRIMARY KEY (id) WITH (fillfactor = 60));
