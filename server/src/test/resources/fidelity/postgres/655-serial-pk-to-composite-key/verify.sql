SELECT count(*) = 3 FROM memberships
