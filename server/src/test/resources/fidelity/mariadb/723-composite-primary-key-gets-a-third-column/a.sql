CREATE TABLE grades (
  student int NOT NULL,
  course int NOT NULL,
  term char(6) NOT NULL DEFAULT '2020A',
  grade tinyint DEFAULT NULL,
  PRIMARY KEY (student, course)
);
