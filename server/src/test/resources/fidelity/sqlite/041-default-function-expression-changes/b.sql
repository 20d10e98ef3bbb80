CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(50) NOT NULL,
  code TEXT DEFAULT (upper('abc') || '-' || 1)
);
