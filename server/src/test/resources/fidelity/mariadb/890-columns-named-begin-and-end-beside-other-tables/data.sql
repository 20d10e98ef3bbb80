INSERT INTO bookings VALUES (1, 'a'), (2, 'b');
INSERT INTO rooms VALUES (1);
