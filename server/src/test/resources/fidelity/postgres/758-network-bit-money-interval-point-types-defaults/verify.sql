SELECT count(*) = 1 AND bool_and(mac = '08:00:2b:ff:fe:01:02:03'::macaddr8 AND price = 12.5::money AND big = 12345678901234567890) FROM devices
