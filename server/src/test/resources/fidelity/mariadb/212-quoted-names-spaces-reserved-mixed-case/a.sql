CREATE TABLE `Order Items` (
  `ID` int NOT NULL,
  `select` varchar(20) NOT NULL,
  `Group` int DEFAULT NULL,
  PRIMARY KEY (`ID`)
);
CREATE TABLE `key` (
  `from` int NOT NULL,
  `to` int NOT NULL,
  PRIMARY KEY (`from`)
);
