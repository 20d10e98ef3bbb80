SELECT (SELECT count(*) FROM "_CategoryToPost") = 2
