INSERT INTO countries (iso) VALUES ('NO'), ('SE');
INSERT INTO cities (country_iso, name) VALUES ('NO', 'Oslo'), ('SE', 'Lund');
