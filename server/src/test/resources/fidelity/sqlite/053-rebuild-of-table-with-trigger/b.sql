CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(50) NOT NULL,
  updated_at TEXT,
  score REAL CHECK (score >= 0)
);
CREATE TRIGGER trg_users_touch AFTER UPDATE OF name ON users BEGIN UPDATE users SET updated_at = 'x' WHERE id = NEW.id; END;
