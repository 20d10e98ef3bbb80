SELECT (SELECT notified_serial FROM domains WHERE name = 'example.org') = 2019010101
