CREATE TABLE large_objects (oid oid PRIMARY KEY, name text, "xmin_" integer);
CREATE INDEX large_objects_oid_name_idx ON large_objects (oid, name);
CREATE SEQUENCE countdown INCREMENT BY 1;
