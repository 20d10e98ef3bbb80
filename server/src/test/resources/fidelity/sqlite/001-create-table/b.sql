CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(50) NOT NULL
);
CREATE TABLE tags (
  id INTEGER NOT NULL PRIMARY KEY,
  label varchar(20) NOT NULL DEFAULT 'x',
  CONSTRAINT uk_tags_label UNIQUE (label)
);
