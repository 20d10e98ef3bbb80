CREATE TABLE emp (id integer PRIMARY KEY, boss integer CONSTRAINT emp_boss_fk REFERENCES emp (id) ON DELETE SET NULL);
CREATE INDEX emp_boss_idx ON emp (boss);
