INSERT INTO customers (first_name, last_name, email) VALUES ('Ann', 'Lee', 'Ann@Example.com');
