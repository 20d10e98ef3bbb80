CREATE TABLE t (id int PRIMARY KEY, due datetime DEFAULT (current_timestamp() + interval 1 day), n int DEFAULT (1 + 2), code varchar(10) DEFAULT (concat('a', 'b')));
