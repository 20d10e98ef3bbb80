CREATE TABLE measurement (city_id integer NOT NULL, logdate date NOT NULL, peak integer) PARTITION BY RANGE (logdate);
CREATE TABLE measurement_2024 PARTITION OF measurement FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE city (id integer PRIMARY KEY, name text NOT NULL DEFAULT '', population bigint);
CREATE INDEX city_name ON city (name);
