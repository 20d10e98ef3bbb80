CREATE TABLE Accounts (
  `ID` int NOT NULL,
  `UserName` varchar(20) NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UK_UserName` (`UserName`)
);
