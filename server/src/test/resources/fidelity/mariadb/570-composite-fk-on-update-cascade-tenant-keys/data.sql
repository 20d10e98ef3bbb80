INSERT INTO tenants VALUES (1, 'acme');
INSERT INTO projects VALUES (1, 'P1', 'Project');
INSERT INTO tasks (tenant_id, project_code, title) VALUES (1, 'P1', 'task');
