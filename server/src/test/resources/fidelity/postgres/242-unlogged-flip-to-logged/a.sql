CREATE UNLOGGED TABLE "Cache" (k text PRIMARY KEY, v jsonb);
CREATE INDEX "Cache_v" ON "Cache" USING gin (v);
