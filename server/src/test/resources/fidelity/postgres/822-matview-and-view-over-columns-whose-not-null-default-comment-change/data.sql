INSERT INTO sales VALUES (1, 'us', 150);
