CREATE TABLE country (code char(2) NOT NULL CONSTRAINT country_code_key UNIQUE, id integer CONSTRAINT country_pkey PRIMARY KEY, name text);
