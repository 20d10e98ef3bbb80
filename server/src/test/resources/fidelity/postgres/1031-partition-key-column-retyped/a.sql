CREATE TABLE hits (id integer NOT NULL, day integer NOT NULL, url text) PARTITION BY RANGE (day);
CREATE TABLE hits_1 PARTITION OF hits FOR VALUES FROM (0) TO (100);
