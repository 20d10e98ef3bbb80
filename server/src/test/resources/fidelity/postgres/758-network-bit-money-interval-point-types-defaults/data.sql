INSERT INTO devices (id, ip, mac, flags, mask, price, location, big) VALUES (1, '10.1.2.3', '08:00:2b:01:02:03', B'00000001', B'101', 12.5, '(1,2)', 12345678901234567890);
