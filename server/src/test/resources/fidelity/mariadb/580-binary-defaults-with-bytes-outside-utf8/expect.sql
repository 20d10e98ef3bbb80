SELECT hex(flags) = '00FF' FROM sessions
