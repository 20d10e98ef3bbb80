CREATE TABLE t (id int PRIMARY KEY, v int COMMENT 'line one\nline two') COMMENT='table\ttab';
