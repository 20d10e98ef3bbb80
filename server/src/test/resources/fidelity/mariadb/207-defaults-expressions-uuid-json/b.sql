CREATE TABLE docs (
  id int NOT NULL,
  ref char(36) NOT NULL DEFAULT uuid(),
  due date DEFAULT (curdate() + interval 7 day),
  score double DEFAULT (rand() * 10),
  note varchar(50) DEFAULT 'a "quoted" \\ note',
  created datetime(3) DEFAULT current_timestamp(3),
  code int DEFAULT (1 + 2),
  PRIMARY KEY (id)
);
