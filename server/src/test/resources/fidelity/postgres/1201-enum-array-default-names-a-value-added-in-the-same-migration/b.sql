CREATE TYPE mood AS ENUM ('sad', 'ok', 'so so');
CREATE TABLE t (id int PRIMARY KEY, moods mood[] DEFAULT '{ok,"so so"}'::mood[], first mood[] );
