INSERT INTO cust VALUES (1, 'Ann');
