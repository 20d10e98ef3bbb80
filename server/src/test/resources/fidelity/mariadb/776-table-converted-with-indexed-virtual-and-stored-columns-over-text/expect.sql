SELECT COUNT(*) = 1 FROM people WHERE full_name = 'Ada Lovelace' AND initials = 'AL'
