SELECT (SELECT count(*) FROM graphile_worker._private_jobs) = 2 AND (SELECT queue_name FROM graphile_worker._private_job_queues) = 'mail'
