SELECT flags = 3 AND built = 2019 AND mac = 'abcdef' FROM devices WHERE id = 1
