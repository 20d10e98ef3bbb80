INSERT INTO "tblUser" ("Name") VALUES ('a');
