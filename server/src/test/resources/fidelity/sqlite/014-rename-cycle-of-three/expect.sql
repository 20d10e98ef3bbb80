SELECT b = 7 AND x = 'five' AND a = '2020-01-02' FROM c
