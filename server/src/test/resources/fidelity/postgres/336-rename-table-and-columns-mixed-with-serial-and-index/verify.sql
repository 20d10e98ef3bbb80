SELECT "Email" = 'c@d' FROM "UserAccount" u JOIN login l ON l."userId" = u."UserId"
