INSERT INTO invoices (number) VALUES (1), (2);
