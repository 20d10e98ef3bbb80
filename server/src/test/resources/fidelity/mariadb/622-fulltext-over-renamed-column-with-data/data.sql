INSERT INTO docs VALUES (1, 'Schema changes', 'How to migrate a live database');
