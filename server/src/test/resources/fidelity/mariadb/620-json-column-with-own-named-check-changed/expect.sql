SELECT json_value(doc, '$.id') = 1 FROM docs
