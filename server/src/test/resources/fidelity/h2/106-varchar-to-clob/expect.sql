SELECT CAST(body AS VARCHAR) = 'hello' FROM items
