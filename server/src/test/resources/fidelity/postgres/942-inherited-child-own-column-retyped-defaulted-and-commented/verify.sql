SELECT (SELECT target FROM clicks) = 'x' AND (SELECT weight FROM clicks) = 3
