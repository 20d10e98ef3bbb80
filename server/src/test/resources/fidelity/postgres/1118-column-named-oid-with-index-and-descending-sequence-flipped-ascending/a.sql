CREATE TABLE large_objects (oid oid PRIMARY KEY, name text);
CREATE SEQUENCE countdown INCREMENT BY -1;
