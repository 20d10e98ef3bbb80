CREATE TABLE `données` (
  id int NOT NULL,
  `prénom` varchar(50) NOT NULL,
  `we``ird` int DEFAULT NULL,
  `cost$` decimal(8,2) DEFAULT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
