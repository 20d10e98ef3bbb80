INSERT INTO invoices (note) VALUES ('a'), ('b');
