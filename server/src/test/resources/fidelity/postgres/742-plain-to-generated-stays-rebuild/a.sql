CREATE TABLE parcels (id integer PRIMARY KEY, weight_g integer NOT NULL, weight_kg numeric(10,3), CONSTRAINT parcels_weight_kg_check CHECK (weight_kg >= 0));
CREATE INDEX parcels_weight_kg_idx ON parcels (weight_kg);
