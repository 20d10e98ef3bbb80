SELECT COUNT(*) = 2 FROM member m JOIN team t ON t.org_id = m.org_id AND t.slug = m.team_slug
