CREATE TABLE other (id integer PRIMARY KEY);
CREATE TABLE "Audit" (id integer NOT NULL, at timestamptz NOT NULL, note text) WITH (fillfactor = 80, toast.autovacuum_enabled = off);
CREATE UNIQUE INDEX "Audit_id_at" ON "Audit" (id, at);
ALTER TABLE "Audit" REPLICA IDENTITY USING INDEX "Audit_id_at";
ALTER TABLE "Audit" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Audit" FORCE ROW LEVEL SECURITY;
