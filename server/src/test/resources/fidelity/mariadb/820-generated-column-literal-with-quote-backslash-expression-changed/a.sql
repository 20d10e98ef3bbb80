CREATE TABLE files (
  id int NOT NULL,
  dir varchar(100) NOT NULL,
  name varchar(100) NOT NULL,
  win_path varchar(220) AS (concat(dir, '\\', name)) VIRTUAL,
  label varchar(220) AS (concat('it''s ', name)) STORED,
  PRIMARY KEY (id)
);
