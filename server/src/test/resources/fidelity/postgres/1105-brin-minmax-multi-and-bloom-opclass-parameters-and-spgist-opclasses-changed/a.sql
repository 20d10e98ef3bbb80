CREATE TABLE readings (id bigint PRIMARY KEY, at timestamptz NOT NULL, val integer, addr inet, pos point, tag text);
CREATE INDEX readings_at_brin ON readings USING brin (at timestamptz_minmax_multi_ops (values_per_range = 16)) WITH (pages_per_range = 32, autosummarize = on);
CREATE INDEX readings_val_brin ON readings USING brin (val int4_bloom_ops (n_distinct_per_range = 100, false_positive_rate = 0.05));
CREATE INDEX readings_addr_spg ON readings USING spgist (addr);
CREATE INDEX readings_pos_spg ON readings USING spgist (pos quad_point_ops) WITH (fillfactor = 80);
CREATE INDEX readings_tag_spg ON readings USING spgist (tag);
