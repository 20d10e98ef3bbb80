SELECT shown = 12.0 FROM items
