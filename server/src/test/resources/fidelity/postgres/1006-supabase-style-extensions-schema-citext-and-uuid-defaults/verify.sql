SELECT count(*) = 1 FROM profiles WHERE username OPERATOR(extensions.=) 'ANN'::extensions.citext
