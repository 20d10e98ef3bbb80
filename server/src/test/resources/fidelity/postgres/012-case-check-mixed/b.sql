CREATE TABLE t (id integer PRIMARY KEY, "Qty" integer CONSTRAINT "CK_Qty" CHECK ("Qty" > 0));
