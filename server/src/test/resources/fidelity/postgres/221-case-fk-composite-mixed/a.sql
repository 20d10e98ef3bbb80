CREATE TABLE "Parent" ("TenantId" integer, "Id" integer, PRIMARY KEY ("TenantId", "Id"));
CREATE TABLE "Child" ("Id" integer PRIMARY KEY, "TenantId" integer, "ParentId" integer);
