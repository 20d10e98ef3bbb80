CREATE TABLE "Ticket" ("No" bigserial PRIMARY KEY, title text);
