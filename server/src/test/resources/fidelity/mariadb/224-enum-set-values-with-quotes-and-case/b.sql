CREATE TABLE answers (
  id int NOT NULL,
  reply enum('yes','no','don''t know','a,b','back\\slash') NOT NULL DEFAULT 'don''t know',
  perms set('Read','Write','Exec','it''s') DEFAULT 'Read,Exec',
  kind enum('A','b','C') DEFAULT 'b' COMMENT 'mixed ''case''',
  PRIMARY KEY (id)
);
