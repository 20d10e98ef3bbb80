INSERT INTO "Category" ("name") VALUES ('a'), ('b');
INSERT INTO "Post" ("title", "updatedAt") VALUES ('p', now());
INSERT INTO "_CategoryToPost" VALUES (1, 1), (2, 1);
