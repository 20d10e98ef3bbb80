SELECT (SELECT count(*) FROM events WHERE source = 'web') = 2 AND (SELECT page FROM views) = '/home'
