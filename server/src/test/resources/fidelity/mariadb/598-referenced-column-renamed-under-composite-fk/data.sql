INSERT INTO warehouses VALUES ('DE', 'BER');
INSERT INTO bins VALUES (1, 'DE', 'BER');
