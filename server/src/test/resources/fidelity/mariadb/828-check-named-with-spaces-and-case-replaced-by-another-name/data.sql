INSERT INTO bookings VALUES (1, 2, 8);
