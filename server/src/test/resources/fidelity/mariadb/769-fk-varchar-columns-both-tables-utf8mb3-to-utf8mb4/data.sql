INSERT INTO countries VALUES ('DEU', 'Deutschland'), ('FRA', 'France');
INSERT INTO cities VALUES (1, 'DEU', 'München'), (2, 'FRA', 'Paris');
