CREATE SEQUENCE "Invoice_No_Seq" START 1000;
CREATE TABLE "Invoice" (id integer PRIMARY KEY, "No" integer NOT NULL DEFAULT nextval('"Invoice_No_Seq"'));
