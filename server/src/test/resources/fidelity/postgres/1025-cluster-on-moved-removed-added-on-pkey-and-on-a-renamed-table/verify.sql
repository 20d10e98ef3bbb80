SELECT v = 'x' FROM "New Name"
