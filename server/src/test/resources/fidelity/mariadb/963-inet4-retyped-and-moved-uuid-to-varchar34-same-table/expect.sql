SELECT COUNT(*) = 1 FROM device WHERE id = 1 AND ip = '::ffff:192.0.2.1' AND serial = '0c4b6f7e6f6e11eeb9620242ac120002'
SELECT COUNT(*) = 1 FROM device WHERE id = 2 AND ip IS NULL AND serial = 'aa4b6f7e6f6e11eeb9620242ac120002'
