CREATE TABLE stock (shop INT NOT NULL, sku VARCHAR(20) NOT NULL, qty INT, PRIMARY KEY (shop, sku));
