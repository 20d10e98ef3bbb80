CREATE TYPE priority AS ENUM ('low', 'medium', 'high');
CREATE TABLE tasks (id integer PRIMARY KEY, p priority NOT NULL DEFAULT 'medium', done boolean NOT NULL DEFAULT false, CONSTRAINT tasks_p_check CHECK (p <> 'low' OR NOT done));
CREATE INDEX tasks_hot ON tasks (id) WHERE p = 'high';
CREATE INDEX tasks_p ON tasks (p);
