INSERT INTO users VALUES (1, 'A@b.c', 'Bob', 'k=>v', 'x=>1'), (2, 'c@d.e', 'amy', '', NULL);
