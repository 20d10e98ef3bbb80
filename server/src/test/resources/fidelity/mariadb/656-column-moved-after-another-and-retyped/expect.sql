SELECT email = 'a@x' AND name = 'ann' AND age = 30 FROM u
