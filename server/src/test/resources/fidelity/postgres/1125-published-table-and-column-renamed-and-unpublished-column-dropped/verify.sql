SELECT (SELECT severity FROM audit_events WHERE id = 1) = 3
