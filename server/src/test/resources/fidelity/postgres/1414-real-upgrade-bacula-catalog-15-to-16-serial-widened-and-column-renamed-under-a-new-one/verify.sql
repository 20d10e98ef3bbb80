SELECT (SELECT sum(voltype) FROM media) = 3 AND (SELECT sum(volparts) FROM media) = 0 AND nextval('basefiles_baseid_seq') = 2
