CREATE TABLE docs (
  id int NOT NULL,
  ref char(36) DEFAULT NULL,
  due date DEFAULT NULL,
  score double DEFAULT '1.5',
  note varchar(50) DEFAULT 'it''s',
  PRIMARY KEY (id)
);
