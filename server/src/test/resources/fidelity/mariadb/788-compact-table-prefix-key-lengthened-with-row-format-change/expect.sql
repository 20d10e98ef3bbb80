SELECT COUNT(*) = 1 FROM urls WHERE host = 'example.com'
