SELECT a = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid AND b = 12.5 AND d AND e = '{"a": 1}'::jsonb AND f = 2.25 FROM t WHERE id = 1
