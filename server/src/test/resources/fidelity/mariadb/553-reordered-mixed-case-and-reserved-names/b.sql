CREATE TABLE `Order` (
  `CamelCase` tinyint(1) NOT NULL DEFAULT 0,
  `Id` int NOT NULL,
  `where` int DEFAULT NULL,
  `Key Name` varchar(20) NOT NULL DEFAULT 'k',
  `select` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `uk Key Name` (`Key Name`)
);
