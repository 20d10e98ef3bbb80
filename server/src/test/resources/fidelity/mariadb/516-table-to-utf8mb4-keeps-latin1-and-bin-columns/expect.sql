SELECT COUNT(*) = 1 FROM codes WHERE label = 'Café' AND notes = 'naïve' AND code = 'A1'
