SELECT full_name = 'Ada L' AND initials = 'AL' FROM person
