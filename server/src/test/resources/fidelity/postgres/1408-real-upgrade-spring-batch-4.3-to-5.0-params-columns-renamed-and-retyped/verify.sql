SELECT count(*) = 2 AND count(*) FILTER (WHERE parameter_type = 'STRING' AND parameter_name = 'input.file' AND parameter_value = 'data.csv') = 1 FROM batch_job_execution_params
