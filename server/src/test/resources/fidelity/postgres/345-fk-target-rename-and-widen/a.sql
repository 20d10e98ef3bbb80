CREATE TABLE "Org" (org_id integer, unit integer, PRIMARY KEY (org_id, unit));
CREATE TABLE member (id integer PRIMARY KEY, org_id integer, unit integer, CONSTRAINT member_org_fk FOREIGN KEY (org_id, unit) REFERENCES "Org" (org_id, unit) ON DELETE CASCADE);
