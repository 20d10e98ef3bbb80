-- an integer's DEFAULT NULL is not stored at all; a typmod type's (timestamp(0), numeric(10,2)) is: NULL::numeric
CREATE TABLE hosts (id integer PRIMARY KEY, port integer DEFAULT NULL, seen timestamp(0) DEFAULT NULL, amount numeric(10,2) DEFAULT NULL);
