CREATE TABLE "Customer" ("CustomerId" INT NOT NULL PRIMARY KEY, "Email" VARCHAR(60));
CREATE TABLE "Invoice" ("InvoiceId" INT NOT NULL PRIMARY KEY, "CustomerId" INT NOT NULL, "Total" DECIMAL(10,2), CONSTRAINT "CK_Total" CHECK ("Total" >= 0));
CREATE UNIQUE INDEX "UX_CustomerEmail" ON "Customer" ("Email");
CREATE INDEX "IFK_InvoiceCustomerId" ON "Invoice" ("CustomerId");
ALTER TABLE "Invoice" ADD CONSTRAINT "FK_InvoiceCustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customer" ("CustomerId");
