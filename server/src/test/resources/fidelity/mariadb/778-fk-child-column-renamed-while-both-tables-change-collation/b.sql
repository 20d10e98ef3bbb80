CREATE TABLE langs (
  tag varchar(12) NOT NULL,
  PRIMARY KEY (tag)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE texts (
  id int NOT NULL,
  lang_tag varchar(12) NOT NULL,
  body text NOT NULL,
  PRIMARY KEY (id),
  KEY lang (lang_tag),
  CONSTRAINT texts_lang FOREIGN KEY (lang_tag) REFERENCES langs (tag)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
