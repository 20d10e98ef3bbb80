CREATE TABLE "Parent" ("TenantId" integer, "Id" integer, PRIMARY KEY ("TenantId", "Id"));
CREATE TABLE "Child" ("Id" integer PRIMARY KEY, "TenantId" integer, "ParentId" integer, CONSTRAINT "FK_Child_Parent" FOREIGN KEY ("TenantId", "ParentId") REFERENCES "Parent" ("TenantId", "Id") ON UPDATE CASCADE ON DELETE SET NULL);
CREATE INDEX "IX_Child_Parent" ON "Child" ("TenantId", "ParentId");
