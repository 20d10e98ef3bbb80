INSERT INTO users (name, email) VALUES ('ann', 'a@x'), ('bob', 'b@x');
