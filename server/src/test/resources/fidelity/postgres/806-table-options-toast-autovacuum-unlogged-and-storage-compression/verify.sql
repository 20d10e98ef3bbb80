SELECT (SELECT v FROM cache) = 'b' AND (SELECT payload FROM scratch) = 'p'
