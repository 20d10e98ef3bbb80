CREATE SCHEMA billing;
CREATE SEQUENCE billing.invoice_numbers START 5000;
CREATE TABLE invoices (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), number bigint, issued_on date DEFAULT CURRENT_DATE, due_on date, meta jsonb DEFAULT '{}', created_by text DEFAULT CURRENT_USER, created_at timestamp DEFAULT now());
