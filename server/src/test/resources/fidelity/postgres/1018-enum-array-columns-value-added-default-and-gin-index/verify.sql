SELECT perms = '{write}'::perm[] FROM grants
