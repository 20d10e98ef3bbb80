INSERT INTO "User" ("email", "name", "role") VALUES ('ann@x.io', 'Ann', 'ADMIN'), ('bob@x.io', NULL, 'USER');
INSERT INTO "Post" ("title", "content", "published", "authorId") VALUES ('Hello', 'first', true, 1), ('Draft', NULL, false, 2);
