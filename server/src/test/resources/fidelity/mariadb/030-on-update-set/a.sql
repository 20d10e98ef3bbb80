CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  updated_at timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (id)
);
