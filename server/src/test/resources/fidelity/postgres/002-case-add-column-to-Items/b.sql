CREATE TABLE items (id integer PRIMARY KEY);
CREATE TABLE "Items" (id integer PRIMARY KEY, note text);
