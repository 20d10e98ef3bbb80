INSERT INTO x.blobs VALUES (1, '\x00ff', '{}');
