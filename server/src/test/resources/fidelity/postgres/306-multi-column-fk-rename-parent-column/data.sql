INSERT INTO region VALUES ('DE', 'BY', 'Bayern'); INSERT INTO store VALUES (1, 'DE', 'BY');
