CREATE TABLE t (id int PRIMARY KEY, big decimal(65,30), u decimal(10,2) unsigned NOT NULL DEFAULT 0.00, f float unsigned);
