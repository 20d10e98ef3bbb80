CREATE TABLE t (id integer, a text, b text, CONSTRAINT t_pkey PRIMARY KEY (id), CONSTRAINT t_a_key UNIQUE (a) WITH (fillfactor = 60), CONSTRAINT t_b_key UNIQUE (b) WITH (fillfactor = 30, deduplicate_items = off) DEFERRABLE);
CREATE TABLE k (id integer, v text, CONSTRAINT k_pkey PRIMARY KEY (id) WITH (fillfactor = 60), CONSTRAINT k_v_key UNIQUE (v) WITH (fillfactor = 45));
