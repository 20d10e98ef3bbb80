CREATE TABLE pages (
  id int NOT NULL,
  title varchar(255) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_pages_title (title(40))
);
