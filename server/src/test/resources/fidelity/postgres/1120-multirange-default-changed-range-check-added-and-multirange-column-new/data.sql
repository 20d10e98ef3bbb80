INSERT INTO availability (id, span) VALUES (1, '[2024-01-01,2024-02-01)');
