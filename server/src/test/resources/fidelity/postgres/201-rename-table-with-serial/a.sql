CREATE TABLE acct (id serial PRIMARY KEY, v text);
