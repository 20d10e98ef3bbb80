SELECT COUNT(*) = 1 FROM events WHERE ext_id = 'e-1' AND happened = '2024-05-06'
