INSERT INTO accounts VALUES (1, 'Ann'); INSERT INTO x.invoices VALUES (7, 1); INSERT INTO payments VALUES (1, 7);
