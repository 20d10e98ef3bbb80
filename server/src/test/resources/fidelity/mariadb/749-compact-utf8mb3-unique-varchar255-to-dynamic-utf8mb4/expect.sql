SELECT COUNT(*) = 1 FROM tags WHERE name = 'Café' AND slug = 'cafe'
