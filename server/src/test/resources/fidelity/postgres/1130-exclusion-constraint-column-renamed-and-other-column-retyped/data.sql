INSERT INTO reservations VALUES (1, '[2024-01-01,2024-01-05)', 'ann');
