CREATE TABLE acct (id int PRIMARY KEY, email varchar(100) NOT NULL UNIQUE CHECK (email <> ''), quantity int, CHECK (quantity > 0))
