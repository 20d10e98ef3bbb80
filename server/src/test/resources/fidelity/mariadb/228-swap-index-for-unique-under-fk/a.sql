CREATE TABLE account (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE profile (
  id int NOT NULL,
  account_id int NOT NULL,
  nick varchar(30) NOT NULL,
  PRIMARY KEY (id),
  KEY idx_account (account_id),
  CONSTRAINT fk_profile_account FOREIGN KEY (account_id) REFERENCES account (id)
);
