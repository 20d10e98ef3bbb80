INSERT INTO prod (descr, price, code, qty) VALUES ('Widget', 9.99, 'W-1', 5), (NULL, 0, 'X-2', 0);
