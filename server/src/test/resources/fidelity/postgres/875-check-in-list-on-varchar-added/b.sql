CREATE TABLE s (id integer PRIMARY KEY, status varchar(10) CONSTRAINT s_status_check CHECK (status IN ('a', 'b')));
