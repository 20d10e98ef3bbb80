CREATE TABLE readings (id integer PRIMARY KEY, sensor integer NOT NULL, at timestamp NOT NULL, v real);
CREATE INDEX readings_sensor_at ON readings (sensor, at);
ALTER TABLE readings CLUSTER ON readings_sensor_at;
CREATE TABLE other (id integer PRIMARY KEY, k integer);
CREATE INDEX other_k ON other (k);
ALTER TABLE other CLUSTER ON other_k;
