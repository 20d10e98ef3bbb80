SELECT COUNT(*) = 1 FROM event WHERE uuid = '0c4b6f7e-6f6e-11ee-b962-0242ac120002' AND JSON_VALUE(payload, '$.a') = 1
