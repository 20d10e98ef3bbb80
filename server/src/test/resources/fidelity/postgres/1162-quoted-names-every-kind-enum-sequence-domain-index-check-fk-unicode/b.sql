CREATE TYPE "état ""civil""" AS ENUM ('oui', 'non');
CREATE DOMAIN "montant positif" AS numeric(10,2) CHECK (VALUE >= 0);
CREATE SEQUENCE "seq ""n°""" START 10;
CREATE TABLE "größe" (id integer PRIMARY KEY, "état" "état ""civil""", "prix HT" "montant positif", "n°" bigint DEFAULT nextval('"seq ""n°"""'),
  CONSTRAINT "check" CHECK ("n°" > 0), CONSTRAINT "prix ""unique""" UNIQUE ("prix HT"));
CREATE TABLE "Ligne de commande" ("order" integer REFERENCES "größe" (id) ON DELETE CASCADE, "from" text COLLATE "C");
CREATE INDEX "idx größe état" ON "größe" ("état") WHERE ("état" = 'oui');
CREATE INDEX "Index ""from""" ON "Ligne de commande" (lower("from"));
COMMENT ON COLUMN "Ligne de commande"."from" IS 'd''où';
