CREATE TABLE Orders (id INT NOT NULL PRIMARY KEY, note VARCHAR(20), "Total" INT);
CREATE INDEX idx_orders_note ON orders (note);
