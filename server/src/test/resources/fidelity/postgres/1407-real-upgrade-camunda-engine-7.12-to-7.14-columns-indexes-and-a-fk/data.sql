insert into ACT_RU_JOB (ID_, REV_, TYPE_, RETRIES_) values ('job-1', 1, 'timer', 3);
insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_) values ('auth-1', 1, 1, 'demo', 6, '*', 2147483647);
