INSERT INTO invoices (amount) VALUES (10.00), (20.00);
