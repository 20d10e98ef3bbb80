SELECT FIND_IN_SET('write', flags) > 0 AND FIND_IN_SET('read', flags) > 0 FROM perms WHERE id = 1
SELECT flags = 'admin' FROM perms WHERE id = 2
