SELECT COUNT(*) = 1 FROM teams t JOIN employees e ON e.id = t.lead_id AND e.team_id = t.id
