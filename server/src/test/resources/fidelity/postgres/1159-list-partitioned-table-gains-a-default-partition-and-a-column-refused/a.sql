CREATE TABLE measures (region text NOT NULL, at date NOT NULL, v integer) PARTITION BY LIST (region);
CREATE TABLE measures_eu PARTITION OF measures FOR VALUES IN ('eu');
