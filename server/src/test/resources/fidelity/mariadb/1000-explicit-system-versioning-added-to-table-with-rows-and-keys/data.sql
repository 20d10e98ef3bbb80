INSERT INTO accounts (email, balance, region) VALUES ('ada@example.com', 10.00, 'uk'), ('grace@example.com', 20.50, 'us'), ('linus@example.com', 0.00, NULL);
