SELECT COUNT(*) = 1 FROM oc_filecache WHERE path = 'files/a.txt' AND mimepart = 0 AND checksum IS NULL AND size = 12
