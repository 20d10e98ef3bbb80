CREATE TABLE `key` (
  `from` int NOT NULL,
  `to` int NOT NULL,
  PRIMARY KEY (`from`),
  UNIQUE KEY `to` (`to`)
);
CREATE TABLE `Order Items` (
  `ID` int NOT NULL,
  `select` varchar(40) NOT NULL,
  `Group` int DEFAULT NULL,
  `order` int NOT NULL DEFAULT 0,
  `Unit Price` decimal(8,2) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `Idx Group Order` (`Group`, `order`),
  CONSTRAINT `Fk Group` FOREIGN KEY (`Group`) REFERENCES `key` (`from`) ON DELETE SET NULL,
  CONSTRAINT `chk price` CHECK (`Unit Price` >= 0)
);
