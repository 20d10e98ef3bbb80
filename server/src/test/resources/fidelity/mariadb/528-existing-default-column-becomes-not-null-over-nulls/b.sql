CREATE TABLE settings (
  id int NOT NULL AUTO_INCREMENT,
  theme varchar(10) NOT NULL DEFAULT 'light',
  page_size int NOT NULL DEFAULT 20,
  PRIMARY KEY (id)
);
