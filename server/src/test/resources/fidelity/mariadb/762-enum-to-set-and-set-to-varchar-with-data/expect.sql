SELECT COUNT(*) = 1 FROM prefs WHERE id = 1 AND color = 'green' AND channels = 'push'
SELECT COUNT(*) = 1 FROM prefs WHERE id = 2 AND channels = 'mail,sms'
