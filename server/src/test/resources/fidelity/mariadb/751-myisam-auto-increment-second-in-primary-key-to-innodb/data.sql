INSERT INTO animals (grp, name) VALUES ('mammal', 'dog'), ('mammal', 'cat'), ('bird', 'penguin'), ('fish', 'lax'), ('mammal', 'whale'), ('bird', 'ostrich');
