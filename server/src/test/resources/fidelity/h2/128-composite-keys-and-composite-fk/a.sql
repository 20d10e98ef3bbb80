CREATE TABLE orders (shop INT NOT NULL, num INT NOT NULL, PRIMARY KEY (shop, num));
