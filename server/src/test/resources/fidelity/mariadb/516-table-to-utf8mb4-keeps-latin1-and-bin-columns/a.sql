CREATE TABLE codes (
  id int NOT NULL AUTO_INCREMENT,
  code varchar(64) CHARACTER SET latin1 COLLATE latin1_bin NOT NULL,
  label varchar(255) NOT NULL,
  token varchar(64) COLLATE utf8mb3_bin DEFAULT NULL,
  notes text,
  PRIMARY KEY (id),
  UNIQUE KEY uq_codes_code (code),
  KEY idx_codes_label (label)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
