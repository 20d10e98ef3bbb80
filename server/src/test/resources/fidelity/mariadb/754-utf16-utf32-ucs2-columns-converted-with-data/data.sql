INSERT INTO names VALUES (1, 'Zoë', 'Ølsen', 'naïve');
