INSERT INTO items VALUES (1, 'dvd', 'Film', 'new,sale'), (2, DEFAULT, 'Novel', NULL);
