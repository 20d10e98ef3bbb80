CREATE TABLE items (id INT NOT NULL PRIMARY KEY, name VARCHAR(20));
COMMENT ON TABLE items IS 'Things we sell';
COMMENT ON COLUMN items.name IS 'Shown on the shelf label';
