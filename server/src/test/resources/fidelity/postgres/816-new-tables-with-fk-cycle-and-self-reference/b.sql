CREATE TABLE keep (id integer PRIMARY KEY);
CREATE TABLE teams (id integer PRIMARY KEY, lead_id integer, parent_id integer REFERENCES teams ON DELETE SET NULL);
CREATE TABLE members (id integer PRIMARY KEY, team_id integer NOT NULL REFERENCES teams, keep_id integer REFERENCES keep);
ALTER TABLE teams ADD CONSTRAINT teams_lead_fk FOREIGN KEY (lead_id) REFERENCES members;
