CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  note varchar(20) DEFAULT 'it''s' COMMENT 'the user''s "note" \\ here',
  PRIMARY KEY (id)
) COMMENT='table''s comment';
