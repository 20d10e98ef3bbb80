CREATE TABLE Accounts (
  `ID` int NOT NULL,
  `userName` varchar(30) NOT NULL,
  `Email` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UK_UserName` (`userName`),
  KEY `IX_Email` (`Email`)
);
