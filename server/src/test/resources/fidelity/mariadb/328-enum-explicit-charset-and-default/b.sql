CREATE TABLE t (id int PRIMARY KEY, e enum('Ä','b') CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT 'b');
