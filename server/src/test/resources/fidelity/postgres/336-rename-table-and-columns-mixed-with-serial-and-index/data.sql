INSERT INTO "userAccount" ("eMail") VALUES ('a@b'), ('c@d'); INSERT INTO login VALUES (1, 2);
