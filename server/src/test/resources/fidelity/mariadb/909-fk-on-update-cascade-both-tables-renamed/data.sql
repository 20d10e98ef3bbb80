INSERT INTO cust VALUES ('C1'), ('C2');
INSERT INTO cust_orders VALUES (1, 'C1'), (2, 'C1');
