CREATE TABLE t (id integer PRIMARY KEY, "Code" text CONSTRAINT "UQ_Code" UNIQUE);
