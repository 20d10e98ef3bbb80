CREATE TABLE t (id int PRIMARY KEY, created datetime(3) NOT NULL DEFAULT current_timestamp(3), updated datetime(3) NULL DEFAULT NULL ON UPDATE current_timestamp(3));
