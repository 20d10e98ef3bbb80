SELECT perms = 'read,admin' FROM profiles WHERE id = 1
