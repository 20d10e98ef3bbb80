CREATE TABLE m (a integer NOT NULL, b integer NOT NULL);
