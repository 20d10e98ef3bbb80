CREATE TABLE "Product" ("Sku" text PRIMARY KEY, price numeric, "Weight Kg" real);
COMMENT ON TABLE "Product" IS 'What we sell; it''s "the" catalog
second line';
COMMENT ON COLUMN "Product"."Sku" IS 'Stock keeping unit \ backslash';
COMMENT ON COLUMN "Product"."Weight Kg" IS 'kg';
