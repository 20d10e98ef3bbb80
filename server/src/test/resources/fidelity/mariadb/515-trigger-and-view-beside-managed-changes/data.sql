INSERT INTO stock (item, qty) VALUES ('bolt', 3), ('nut', 10);
UPDATE stock SET qty = 2 WHERE item = 'bolt';
