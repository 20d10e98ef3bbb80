package dev.schemactl.policy.ssh;

import java.util.List;

/** Runs an OpenSSH tool for tests in other packages; fails when it exits non-zero. */
public final class OpenSshProcess {
    private OpenSshProcess() {
    }

    public static String run(List<String> command) {
        OpenSsh.Result r = OpenSsh.run(command, null);
        if (r.exit() != 0) throw new IllegalStateException(command.get(0) + " failed: " + r.output());
        return r.output();
    }
}
