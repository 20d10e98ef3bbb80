INSERT INTO org VALUES (1);
INSERT INTO team VALUES (1, 'dev'), (1, 'ops');
INSERT INTO member VALUES (1, 1, 'dev'), (2, 1, 'ops');
