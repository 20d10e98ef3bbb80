INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag) VALUES (1, 'files/a.txt', 'd41d8cd98f00b204e9800998ecf8427e', 0, 'a.txt', 3, 12, 1700000000, 'abc');
