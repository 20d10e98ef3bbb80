SELECT COUNT(*) = 1 FROM plans WHERE tier = 'pro' AND FIND_IN_SET('SSO', features) > 0
