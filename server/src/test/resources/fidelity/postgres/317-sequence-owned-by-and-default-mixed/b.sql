CREATE SEQUENCE "Invoice_No_Seq" START 5000 INCREMENT 5 MAXVALUE 999999 CACHE 10;
CREATE SEQUENCE ticket_seq AS integer;
CREATE TABLE "Invoice" (id integer PRIMARY KEY, "No" bigint NOT NULL DEFAULT nextval('"Invoice_No_Seq"'), ticket integer DEFAULT nextval('ticket_seq'));
ALTER SEQUENCE ticket_seq OWNED BY "Invoice".ticket;
