INSERT INTO prices VALUES ('A-1', 250), ('B-2', 1000);
