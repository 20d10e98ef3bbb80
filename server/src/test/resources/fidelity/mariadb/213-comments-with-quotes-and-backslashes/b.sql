CREATE TABLE notes (
  id int NOT NULL COMMENT 'it''s the "id"',
  body text COMMENT 'C:\\temp\\x; -- not a comment',
  tag varchar(10) DEFAULT NULL COMMENT 'tab\there `tick`',
  PRIMARY KEY (id)
) COMMENT='Bob''s notes: "all" of them \\ 100%';
