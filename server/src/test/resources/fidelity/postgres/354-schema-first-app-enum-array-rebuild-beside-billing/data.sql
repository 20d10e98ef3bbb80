INSERT INTO app.thing VALUES (1, 'c', '{a,c}');
INSERT INTO billing.bill VALUES (1, 'b', '{b,c}');
