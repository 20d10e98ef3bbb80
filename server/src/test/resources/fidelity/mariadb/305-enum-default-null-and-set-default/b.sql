CREATE TABLE t (id int PRIMARY KEY, e enum('a','b') DEFAULT NULL, s set('x','y','z') NOT NULL DEFAULT 'x,z');
