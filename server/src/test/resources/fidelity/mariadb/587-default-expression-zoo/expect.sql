SELECT slug = 's-x' AND note = 'NULL' AND empty_text = '' FROM settings WHERE name = 'a'
