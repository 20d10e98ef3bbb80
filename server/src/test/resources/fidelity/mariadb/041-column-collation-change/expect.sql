SELECT nick = 'Ann' FROM users
