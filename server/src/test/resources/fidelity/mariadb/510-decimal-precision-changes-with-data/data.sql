INSERT INTO prices (net, rate, total) VALUES (123456.78, 0.1925, 99999999.99), (0.01, NULL, 0);
