SELECT (SELECT ip FROM supermasters) = inet '192.0.2.53' AND (SELECT count(*) FROM records WHERE NOT disabled) = 1
