CREATE TABLE people (id integer NOT NULL CONSTRAINT people_id_key UNIQUE, email text NOT NULL CONSTRAINT people_pkey PRIMARY KEY);
CREATE TABLE visits (person text REFERENCES people (email), at date);
