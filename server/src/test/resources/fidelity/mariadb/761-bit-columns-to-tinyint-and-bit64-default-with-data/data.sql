INSERT INTO perms (id, flags, active, mask) VALUES (1, b'00000111', b'0', b'1010'), (2, DEFAULT, DEFAULT, NULL);
