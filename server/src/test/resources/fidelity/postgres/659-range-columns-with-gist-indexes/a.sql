CREATE TABLE prices (id integer PRIMARY KEY, product_id integer NOT NULL, valid_from date, valid_to date, amount numeric);
