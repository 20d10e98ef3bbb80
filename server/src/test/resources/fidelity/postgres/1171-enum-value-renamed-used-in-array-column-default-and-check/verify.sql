SELECT moods = '{fine,happy}' FROM diary
