SELECT COUNT(*) = 1 FROM perms WHERE id = 1 AND flags = 7 AND active = 0 AND mask = 10
