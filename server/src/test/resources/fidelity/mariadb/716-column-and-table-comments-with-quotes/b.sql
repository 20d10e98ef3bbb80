CREATE TABLE people (
  id int NOT NULL COMMENT 'the person''s id',
  name varchar(50) DEFAULT NULL COMMENT 'a "nick" or \\ name',
  PRIMARY KEY (id)
) COMMENT='People''s table; "quoted"';
