INSERT INTO region VALUES ('DE', 'BY', NULL), ('DE', 'MUC', 'BY');
INSERT INTO shop VALUES (1, 'DE', 'MUC', NULL), (2, 'DE', 'BY', 1);
