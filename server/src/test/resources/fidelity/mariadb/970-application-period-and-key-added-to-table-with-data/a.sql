CREATE TABLE price_list (
  id int NOT NULL,
  item varchar(30) NOT NULL,
  price decimal(8,2) NOT NULL,
  valid_from date NOT NULL,
  valid_to date NOT NULL,
  PRIMARY KEY (id)
);
