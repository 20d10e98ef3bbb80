SELECT JSON_VALUE(payload, '$.a') = 1 FROM docs WHERE id = 1
