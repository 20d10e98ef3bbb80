INSERT INTO u VALUES (1, 'a@b.c', 'AB'), (2, 'x@y.z', 'ABCDEFGH');
