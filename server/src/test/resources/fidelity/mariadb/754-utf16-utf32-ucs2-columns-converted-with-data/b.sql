CREATE TABLE names (
  id int NOT NULL,
  given varchar(40) CHARACTER SET utf16 COLLATE utf16_unicode_ci NOT NULL,
  family varchar(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  note text CHARACTER SET utf16le DEFAULT NULL,
  PRIMARY KEY (id),
  KEY family (family)
) DEFAULT CHARSET=utf8mb4;
