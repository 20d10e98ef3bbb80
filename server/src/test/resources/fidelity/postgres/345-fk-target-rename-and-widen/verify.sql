SELECT count(*) = 1 FROM member m JOIN "Org" o ON o."OrgId" = m.org_id AND o.unit = m.unit
