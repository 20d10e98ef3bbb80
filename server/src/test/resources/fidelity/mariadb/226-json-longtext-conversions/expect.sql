SELECT json_value(doc, '$.a') = 1 FROM cfg
