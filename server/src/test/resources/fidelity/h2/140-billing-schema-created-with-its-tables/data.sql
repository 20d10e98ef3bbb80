INSERT INTO customer VALUES (1, 'ann');
