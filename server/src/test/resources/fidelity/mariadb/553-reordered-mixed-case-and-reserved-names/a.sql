CREATE TABLE `Order` (
  `Id` int NOT NULL,
  `select` varchar(10) DEFAULT NULL,
  `Key Name` varchar(20) NOT NULL DEFAULT 'k',
  `where` int DEFAULT NULL,
  `CamelCase` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `uk Key Name` (`Key Name`)
);
