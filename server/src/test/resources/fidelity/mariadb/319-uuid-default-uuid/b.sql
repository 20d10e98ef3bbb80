CREATE TABLE t (id int PRIMARY KEY, u uuid NOT NULL DEFAULT uuid(), d date DEFAULT curdate(), s varchar(36) DEFAULT (uuid()));
