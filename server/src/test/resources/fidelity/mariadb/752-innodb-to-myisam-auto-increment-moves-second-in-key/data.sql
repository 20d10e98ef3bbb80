INSERT INTO animals (grp, id, name) VALUES ('mammal', 1, 'dog'), ('mammal', 2, 'cat'), ('bird', 3, 'penguin'), ('fish', 4, 'lax'), ('mammal', 5, 'whale'), ('bird', 6, 'ostrich');
