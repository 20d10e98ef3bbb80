CREATE TABLE t (id int PRIMARY KEY, f float(7,3), d double(10,2) NOT NULL DEFAULT 0.00, r real);
