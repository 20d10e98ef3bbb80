CREATE TABLE inv (
  id int NOT NULL,
  total decimal(10,2) NOT NULL DEFAULT 1.50,
  ratio float DEFAULT 0.25,
  token varchar(36) DEFAULT (uuid()),
  made datetime DEFAULT current_timestamp(),
  day date DEFAULT (curdate()),
  label varchar(20) DEFAULT (concat('x', 'y')),
  PRIMARY KEY (id)
);
