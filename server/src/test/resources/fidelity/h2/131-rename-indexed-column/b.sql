CREATE TABLE items (id INT NOT NULL PRIMARY KEY, mail VARCHAR(100));
CREATE INDEX ix_items_email ON items (mail);
