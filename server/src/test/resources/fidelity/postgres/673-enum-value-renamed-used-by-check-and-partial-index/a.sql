CREATE TYPE priority AS ENUM ('lo', 'mid', 'hi');
CREATE TABLE tasks (id integer PRIMARY KEY, p priority NOT NULL DEFAULT 'mid', done boolean NOT NULL DEFAULT false, CONSTRAINT tasks_p_check CHECK (p <> 'lo' OR NOT done));
CREATE INDEX tasks_hot ON tasks (id) WHERE p = 'hi';
CREATE INDEX tasks_p ON tasks (p);
