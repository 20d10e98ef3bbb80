INSERT INTO app.products VALUES (1, ROW(9.99));
