CREATE TABLE "Org" ("OrgId" bigint, unit integer, PRIMARY KEY ("OrgId", unit));
CREATE TABLE member (id integer PRIMARY KEY, org_id bigint, unit integer, CONSTRAINT member_org_fk FOREIGN KEY (org_id, unit) REFERENCES "Org" ("OrgId", unit) ON DELETE CASCADE);
