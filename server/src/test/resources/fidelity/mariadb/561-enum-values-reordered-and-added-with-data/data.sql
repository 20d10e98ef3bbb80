INSERT INTO orders (status, channel) VALUES ('pending','web'), ('complete','api'), ('holded',NULL), ('canceled','pos');
