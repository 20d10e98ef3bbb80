CREATE SCHEMA "Billing";
CREATE TYPE "Billing"."InvoiceState" AS ENUM ('DRAFT', 'OPEN', 'PAID', 'VOID');
CREATE TABLE "User" ("id" TEXT NOT NULL, "email" TEXT NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Billing"."Invoice" ("id" SERIAL NOT NULL, "ownerId" TEXT NOT NULL, "state" "Billing"."InvoiceState" NOT NULL DEFAULT 'DRAFT', "amount" DECIMAL(65,30) NOT NULL, "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id"), CONSTRAINT "Invoice_amount_check" CHECK ("amount" >= 0));
CREATE UNIQUE INDEX "Invoice_ownerId_createdAt_key" ON "Billing"."Invoice"("ownerId", "createdAt");
CREATE INDEX "Invoice_state_idx" ON "Billing"."Invoice"("state") WHERE "state" <> 'VOID';
ALTER TABLE "Billing"."Invoice" ADD CONSTRAINT "Invoice_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
