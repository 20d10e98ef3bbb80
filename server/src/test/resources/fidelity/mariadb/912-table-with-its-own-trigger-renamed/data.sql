INSERT INTO invoice (amount) VALUES (10.26);
