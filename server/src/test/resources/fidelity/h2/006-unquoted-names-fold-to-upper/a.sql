-- unquoted names (ORDERS) keep working as before: written bare, read back as the same table
CREATE TABLE orders (id INT NOT NULL PRIMARY KEY, note VARCHAR(20));
