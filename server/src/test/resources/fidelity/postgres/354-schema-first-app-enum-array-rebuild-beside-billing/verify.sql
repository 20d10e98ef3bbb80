SELECT (SELECT ks::text FROM app.thing WHERE id = 1) = '{a,c}'
   AND (SELECT k::text || ks::text FROM billing.bill WHERE id = 1) = 'b{b,c}'
