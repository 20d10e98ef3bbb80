SELECT COUNT(*) = 1 FROM member_roles WHERE role = 'admin'
SELECT COUNT(*) = 1 FROM members
