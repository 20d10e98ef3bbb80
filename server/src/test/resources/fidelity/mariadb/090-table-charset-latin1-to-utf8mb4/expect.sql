SELECT name = 'plain' FROM labels
