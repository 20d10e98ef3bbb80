CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE p (id integer PRIMARY KEY, m text NOT NULL DEFAULT 'ok', s mood DEFAULT 'happy');
