CREATE TABLE t (id integer PRIMARY KEY, "Email" text);
CREATE INDEX "IX_Email" ON t ("Email");
