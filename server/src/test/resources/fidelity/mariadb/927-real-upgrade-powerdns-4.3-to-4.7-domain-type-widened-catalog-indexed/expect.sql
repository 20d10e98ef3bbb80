SELECT (SELECT notified_serial FROM domains WHERE name = 'example.org') = 4000000000
