SELECT label = 'seven' FROM tags WHERE id = 7
