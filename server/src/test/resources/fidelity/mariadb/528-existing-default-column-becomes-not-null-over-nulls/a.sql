CREATE TABLE settings (
  id int NOT NULL AUTO_INCREMENT,
  theme varchar(10) DEFAULT 'light',
  page_size int DEFAULT 20,
  PRIMARY KEY (id)
);
