SELECT alias = 'annie' FROM nicks
