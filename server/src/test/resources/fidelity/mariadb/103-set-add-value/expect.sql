SELECT flags = 'read,write' FROM perms
