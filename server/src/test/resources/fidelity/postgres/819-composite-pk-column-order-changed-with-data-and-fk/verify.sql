SELECT count(*) = 1 FROM grants JOIN memberships USING (org_id, user_id)
