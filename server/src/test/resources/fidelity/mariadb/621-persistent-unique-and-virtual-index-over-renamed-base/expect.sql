SELECT full = 'Ada Lovelace' AND initial = 'A' FROM people WHERE id = 1
