INSERT INTO menu VALUES (1, 'thé'), (2, '');
