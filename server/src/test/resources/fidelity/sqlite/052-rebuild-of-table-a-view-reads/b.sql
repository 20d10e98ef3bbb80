CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(50) NOT NULL,
  age integer NOT NULL DEFAULT 0
);
CREATE VIEW adults AS SELECT id, name FROM users WHERE age >= 18;
