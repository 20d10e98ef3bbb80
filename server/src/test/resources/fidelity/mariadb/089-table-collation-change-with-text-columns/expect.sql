SELECT title = 'Grüße' AND code = 'X1' FROM notes
