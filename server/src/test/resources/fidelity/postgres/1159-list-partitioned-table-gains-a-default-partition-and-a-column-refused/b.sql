CREATE TABLE measures (region text NOT NULL, at date NOT NULL, v integer, unit text DEFAULT 'kg') PARTITION BY LIST (region);
CREATE TABLE measures_eu PARTITION OF measures FOR VALUES IN ('eu');
CREATE TABLE measures_other PARTITION OF measures DEFAULT;
