SELECT m = 'happy' FROM person
