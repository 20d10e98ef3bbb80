CREATE TABLE `Customers` (id int NOT NULL, name varchar(80) NOT NULL, PRIMARY KEY (id));
CREATE TABLE `users` (id int NOT NULL, login varchar(50) NOT NULL, PRIMARY KEY (id));
CREATE TABLE `Orders` (
  id int NOT NULL,
  user_id int NOT NULL,
  PRIMARY KEY (id),
  KEY user_id (user_id),
  CONSTRAINT `Orders_Users` FOREIGN KEY (user_id) REFERENCES `Customers` (id)
);
