INSERT INTO payments (note) VALUES ('a'), ('b');
INSERT INTO orders (total) VALUES (1.50);
INSERT INTO refunds DEFAULT VALUES;
INSERT INTO tickets DEFAULT VALUES;
