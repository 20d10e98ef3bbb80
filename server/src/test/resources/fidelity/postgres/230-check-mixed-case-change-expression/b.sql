CREATE TABLE "Price" ("Amount" numeric(10,2), CONSTRAINT "CK_Price_Positive" CHECK ("Amount" >= 0 AND "Amount" < 1000000));
