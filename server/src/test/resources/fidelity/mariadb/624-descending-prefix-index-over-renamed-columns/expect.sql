SELECT category = 'login' FROM ev
