CREATE TABLE org (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE team (
  org_id int NOT NULL,
  code varchar(10) NOT NULL,
  PRIMARY KEY (org_id, code),
  CONSTRAINT team_org FOREIGN KEY (org_id) REFERENCES org (id) ON UPDATE CASCADE
);
CREATE TABLE member (
  id int NOT NULL,
  org_id int NOT NULL,
  team_code varchar(10) NOT NULL,
  PRIMARY KEY (id),
  KEY team (org_id, team_code),
  CONSTRAINT member_team FOREIGN KEY (org_id, team_code) REFERENCES team (org_id, code) ON UPDATE CASCADE ON DELETE CASCADE
);
