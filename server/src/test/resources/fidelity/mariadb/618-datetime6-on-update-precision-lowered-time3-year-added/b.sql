CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  changed datetime(3) NOT NULL DEFAULT current_timestamp(3) ON UPDATE current_timestamp(3),
  opens time(3) DEFAULT '12:30:00.500',
  since year NOT NULL DEFAULT 2024,
  PRIMARY KEY (id)
);
