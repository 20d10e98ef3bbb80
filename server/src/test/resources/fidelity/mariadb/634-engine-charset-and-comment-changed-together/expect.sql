SELECT title = 'café' FROM notes
