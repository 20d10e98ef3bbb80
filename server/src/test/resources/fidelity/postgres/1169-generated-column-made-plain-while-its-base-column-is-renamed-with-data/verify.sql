SELECT full_name = 'ada lovelace' AND initials = 'AL' AND "Given Name" = 'ada' FROM people
