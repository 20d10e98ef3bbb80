SELECT reply = 'yes' AND perms = 'Read,Write' FROM answers
