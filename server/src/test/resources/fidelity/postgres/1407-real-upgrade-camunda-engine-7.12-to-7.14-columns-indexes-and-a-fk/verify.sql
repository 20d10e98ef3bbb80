select (select count(*) from ACT_RU_JOB where REPEAT_OFFSET_ = 0) = 1 and (select count(*) from ACT_RU_AUTHORIZATION where REMOVAL_TIME_ is null) = 1
