CREATE TABLE org (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE team (
  org_id int NOT NULL,
  slug varchar(20) NOT NULL,
  PRIMARY KEY (org_id, slug),
  CONSTRAINT team_org FOREIGN KEY (org_id) REFERENCES org (id) ON UPDATE CASCADE
);
CREATE TABLE member (
  id int NOT NULL,
  org_id int NOT NULL,
  team_slug varchar(20) NOT NULL,
  PRIMARY KEY (id),
  KEY team (org_id, team_slug),
  CONSTRAINT member_team FOREIGN KEY (org_id, team_slug) REFERENCES team (org_id, slug) ON UPDATE CASCADE ON DELETE CASCADE
);
