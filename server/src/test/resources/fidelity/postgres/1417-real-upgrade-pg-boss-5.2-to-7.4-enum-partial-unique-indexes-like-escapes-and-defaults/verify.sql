SELECT count(*) = 2 AND count(*) FILTER (WHERE state = 'created' AND singletonkey = 'k1') = 1 FROM pgboss.job
