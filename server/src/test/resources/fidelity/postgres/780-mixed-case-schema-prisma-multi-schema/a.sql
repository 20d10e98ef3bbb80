CREATE SCHEMA "Billing";
CREATE TYPE "Billing"."InvoiceState" AS ENUM ('OPEN', 'PAID');
CREATE TABLE "User" ("id" TEXT NOT NULL, "email" TEXT NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Billing"."Invoice" ("id" SERIAL NOT NULL, "userId" TEXT NOT NULL, "state" "Billing"."InvoiceState" NOT NULL DEFAULT 'OPEN', "amountCents" INTEGER NOT NULL, "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "Invoice_userId_createdAt_key" ON "Billing"."Invoice"("userId", "createdAt");
ALTER TABLE "Billing"."Invoice" ADD CONSTRAINT "Invoice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
