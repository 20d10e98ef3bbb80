CREATE TABLE country (code char(2) PRIMARY KEY, id integer NOT NULL UNIQUE, name text);
