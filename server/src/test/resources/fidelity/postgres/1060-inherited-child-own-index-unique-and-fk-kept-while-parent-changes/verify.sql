SELECT count(*) = 2 AND (SELECT count(*) FROM ONLY clicks WHERE target = 'u') = 1 FROM events
