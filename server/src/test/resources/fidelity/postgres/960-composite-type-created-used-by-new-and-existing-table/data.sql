INSERT INTO shipments VALUES (1);
