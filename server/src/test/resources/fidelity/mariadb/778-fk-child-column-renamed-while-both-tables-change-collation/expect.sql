SELECT COUNT(*) = 1 FROM texts WHERE lang_tag = 'de-CH' AND body = 'Grüezi'
