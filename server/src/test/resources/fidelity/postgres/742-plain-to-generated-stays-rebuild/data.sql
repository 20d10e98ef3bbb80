INSERT INTO parcels (id, weight_g, weight_kg) VALUES (1, 1500, NULL), (2, 250, 99);
