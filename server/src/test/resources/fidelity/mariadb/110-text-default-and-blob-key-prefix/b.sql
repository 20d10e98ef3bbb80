CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE notes (
  id int NOT NULL,
  body text DEFAULT 'empty',
  data blob,
  PRIMARY KEY (id),
  KEY idx_notes_data (data(16))
);
