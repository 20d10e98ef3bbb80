INSERT INTO readings VALUES (1, 2.5), (2, 3.5);
INSERT INTO sensors VALUES (1, 'north');
INSERT INTO stations VALUES (1, 'hill');
