INSERT INTO users (name, email, age) VALUES ('ann', 'a@x', 30), ('bob', 'b@x', 40);
