CREATE SCHEMA "Sales";
CREATE TABLE "Sales"."Deal" ("Id" serial PRIMARY KEY, amount numeric(14,2), "Rep" bigserial);
CREATE TABLE "Sales"."Rep Note" (id bigserial PRIMARY KEY, deal_id integer REFERENCES "Sales"."Deal" ("Id"), body text);
