INSERT INTO line_items VALUES (1, 2, 3.50, 7.00), (2, 1, 10, NULL);
