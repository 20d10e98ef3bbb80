SELECT last = 'Ada' AND first = 'Lovelace' FROM names
