SELECT COUNT(*) = 3 AND SUM(name2 = 'HTTP') = 1 FROM icinga_objects
