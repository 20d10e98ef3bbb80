CREATE TABLE acct (id int PRIMARY KEY, mail varchar(100) NOT NULL UNIQUE CHECK (mail <> ''), qty int, CHECK (qty > 0))
