CREATE TABLE r (id integer PRIMARY KEY, during tsrange);
CREATE INDEX r_during ON r USING gist (during);
