SELECT COUNT(*) = 2 FROM tickets WHERE (id, seq) IN ((1, 100), (2, 200))
