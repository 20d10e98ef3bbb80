CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(50) NOT NULL,
  updated_at TEXT
);
CREATE TRIGGER trg_users_touch AFTER UPDATE OF name ON users BEGIN UPDATE users SET updated_at = 'x' WHERE id = NEW.id; END;
