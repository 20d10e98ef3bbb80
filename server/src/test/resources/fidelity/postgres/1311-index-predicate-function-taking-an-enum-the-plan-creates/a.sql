-- River's river_job_unique_idx: a partial unique index calls the schema's own function, whose argument is the schema's
-- enum; the plan must create the enum before the function it creates for the index
CREATE TABLE queues (name text PRIMARY KEY);
