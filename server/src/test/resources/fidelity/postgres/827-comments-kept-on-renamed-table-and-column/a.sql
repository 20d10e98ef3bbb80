CREATE TABLE cust (id integer PRIMARY KEY, nm text);
COMMENT ON TABLE cust IS 'customers';
COMMENT ON COLUMN cust.nm IS 'full name';
