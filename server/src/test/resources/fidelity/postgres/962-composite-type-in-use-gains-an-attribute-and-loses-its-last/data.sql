INSERT INTO invoices VALUES (1, ROW(1.50,'EUR','L1'), ARRAY[ROW(1.50,'EUR','L2')::money_amount]);
