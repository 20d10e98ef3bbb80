CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE audit (
  id int NOT NULL,
  updated_at timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  changed datetime(3) DEFAULT NULL ON UPDATE current_timestamp(3),
  PRIMARY KEY (id)
);
