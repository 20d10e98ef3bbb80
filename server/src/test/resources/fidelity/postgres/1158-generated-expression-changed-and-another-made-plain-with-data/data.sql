INSERT INTO prices (id, net) VALUES (1, 10.55);
