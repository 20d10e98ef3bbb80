INSERT INTO shipments VALUES (1, ROW('Main St 1', 'Springfield', '12345', 'US'), 'x');
INSERT INTO depots VALUES (1, ROW('Dock 2', 'Shelbyville', '54321', 'US'));
