CREATE TABLE customers (id integer PRIMARY KEY, full_name text);
COMMENT ON TABLE customers IS 'customers';
COMMENT ON COLUMN customers.full_name IS 'full name, as written';
