SELECT COUNT(*) = 2 FROM audit_rows WHERE updated_at IS NOT NULL
