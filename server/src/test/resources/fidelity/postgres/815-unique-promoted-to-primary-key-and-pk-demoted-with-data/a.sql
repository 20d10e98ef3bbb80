CREATE TABLE people (id integer PRIMARY KEY, email text NOT NULL CONSTRAINT people_email_key UNIQUE);
CREATE TABLE visits (person text REFERENCES people (email), at date);
