INSERT INTO langs VALUES ('en'), ('de-CH');
INSERT INTO texts VALUES (1, 'de-CH', 'Grüezi');
