CREATE TABLE menu (
  id int NOT NULL,
  kind enum('','café','thé','a,b','it''s','back\\slash') NOT NULL DEFAULT 'café',
  size set('S','M','L') NOT NULL DEFAULT '',
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
