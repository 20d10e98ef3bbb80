SELECT SUM(revision) = 16 FROM notes
