SELECT delta = -1 AND tags = '{}' FROM audit
