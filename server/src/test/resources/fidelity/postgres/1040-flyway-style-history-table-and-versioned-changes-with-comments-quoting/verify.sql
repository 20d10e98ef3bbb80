SELECT password_hash = 'h' FROM "user"
