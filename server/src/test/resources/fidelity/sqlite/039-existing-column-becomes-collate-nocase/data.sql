INSERT INTO users (name, email) VALUES ('ann', 'Ann@X');
