CREATE TABLE "Employee" (id integer PRIMARY KEY, boss integer CONSTRAINT emp_boss_fk REFERENCES "Employee" (id) ON DELETE SET NULL DEFERRABLE, mentor integer CONSTRAINT "Employee_mentor_fk" REFERENCES "Employee" (id));
CREATE INDEX emp_boss_idx ON "Employee" (boss);
