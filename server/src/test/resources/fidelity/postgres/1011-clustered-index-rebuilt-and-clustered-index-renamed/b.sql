CREATE TABLE readings (id integer PRIMARY KEY, sensor integer NOT NULL, at timestamp NOT NULL, v real);
CREATE INDEX readings_sensor_at ON readings (sensor, at DESC);
ALTER TABLE readings CLUSTER ON readings_sensor_at;
CREATE TABLE other (id integer PRIMARY KEY, k bigint);
CREATE INDEX other_k_renamed ON other (k);
ALTER TABLE other CLUSTER ON other_k_renamed;
