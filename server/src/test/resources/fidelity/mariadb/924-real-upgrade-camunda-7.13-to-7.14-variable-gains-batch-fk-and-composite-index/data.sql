INSERT INTO ACT_RU_EXECUTION (ID_, REV_, PROC_INST_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_) VALUES ('e1', 1, 'e1', 1, 0, 1, 0);
INSERT INTO ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_, PROC_INST_ID_, TEXT_, VAR_SCOPE_) VALUES ('v1', 1, 'string', 'orderId', 'e1', 'e1', 'A-17', 'e1'), ('v2', 1, 'long', 'amount', 'e1', 'e1', NULL, 'e1');
