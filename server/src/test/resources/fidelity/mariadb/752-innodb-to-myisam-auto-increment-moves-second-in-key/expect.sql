SELECT COUNT(*) = 6 FROM animals
SELECT COUNT(*) = 1 FROM animals WHERE grp = 'mammal' AND id = 5 AND name = 'whale'
