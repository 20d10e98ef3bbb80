SELECT COUNT(*) = 1 FROM reactions WHERE emoji IS NOT NULL AND kind = 'like'
