SELECT COUNT(*) = 2 FROM c JOIN p ON p.id = c.p_id
