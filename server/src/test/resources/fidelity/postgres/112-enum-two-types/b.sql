CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE size AS ENUM ('s', 'm', 'l');
CREATE TABLE shirt (id integer PRIMARY KEY, sz size NOT NULL, m mood);
