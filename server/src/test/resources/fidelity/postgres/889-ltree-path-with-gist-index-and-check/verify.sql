SELECT path = 'top.science'::ltree FROM categories
