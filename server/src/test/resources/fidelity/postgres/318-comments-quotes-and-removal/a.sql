CREATE TABLE "Product" ("Sku" text PRIMARY KEY, price numeric);
COMMENT ON TABLE "Product" IS 'old';
COMMENT ON COLUMN "Product".price IS 'net price';
