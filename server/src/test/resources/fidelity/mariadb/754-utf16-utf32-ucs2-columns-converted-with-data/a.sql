CREATE TABLE names (
  id int NOT NULL,
  given varchar(40) CHARACTER SET utf8mb4 NOT NULL,
  family varchar(40) CHARACTER SET ucs2 COLLATE ucs2_general_ci DEFAULT NULL,
  note text CHARACTER SET utf32 DEFAULT NULL,
  PRIMARY KEY (id),
  KEY family (family)
) DEFAULT CHARSET=utf8mb4;
