INSERT INTO audit (id) VALUES (1);
