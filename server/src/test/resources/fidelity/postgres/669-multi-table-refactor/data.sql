INSERT INTO companies (name, plan) VALUES ('acme', 'free'), ('globex', 'pro');
INSERT INTO users (company, email, role, full_name, settings) VALUES (1, 'A@x.io', 'admin', 'Ann', '{"a":1}'), (2, 'b@x.io', 'user', 'Bob', '{}');
INSERT INTO audit (user_id, action) VALUES (1, 'login');
