CREATE TYPE address AS (street text, city varchar(80), "Zip" char(5), country text COLLATE "C");
COMMENT ON TYPE address IS 'postal address';
CREATE TABLE shipments (id integer PRIMARY KEY, ship_to address, stops address[]);
CREATE TABLE depots (id integer PRIMARY KEY, location address NOT NULL);
