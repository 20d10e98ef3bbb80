INSERT INTO invoices VALUES (1, ROW(1.50,'EUR'), ARRAY[ROW(1.50,'EUR')::money_amount]);
