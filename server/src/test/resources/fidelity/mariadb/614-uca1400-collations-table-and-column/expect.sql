SELECT name = 'Zoë' FROM names
