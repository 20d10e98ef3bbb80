INSERT INTO stock (qty) VALUES (5), (-3);
