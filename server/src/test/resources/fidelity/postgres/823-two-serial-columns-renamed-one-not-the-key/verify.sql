SELECT string_agg(job_id || ':' || attempt || name, ',' ORDER BY job_id) = '1:1a,2:2b' FROM jobs
