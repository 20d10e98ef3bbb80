INSERT INTO blobs VALUES (1, 'x');
