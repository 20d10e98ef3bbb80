SELECT label = 'it''s "home"' FROM contacts WHERE id = 1
