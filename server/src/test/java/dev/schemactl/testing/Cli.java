package dev.schemactl.testing;

import dev.schemactl.cli.CliContext;
import dev.schemactl.cli.Main;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs schemactl in-process (fast) or as a real JVM process (for locks, kills and concurrency). */
public final class Cli {
    private final Path dir;
    private final Map<String, String> env = new HashMap<>();
    private boolean interactive;
    private String typed = "";

    public Cli(Path dir) {
        this.dir = dir;
    }

    public Cli env(String key, String value) {
        env.put(key, value);
        return this;
    }

    /** Runs in-process as at an interactive terminal where the human types {@code typed}. */
    public Cli terminal(String typed) {
        this.interactive = true;
        this.typed = typed;
        return this;
    }

    public record Run(int exit, String out, String err) {
        public String all() {
            return out + err;
        }
    }

    public Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                Map.copyOf(env), dir, interactive);
        int exit = Main.run(args, context);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Starts schemactl as its own JVM with this test's classpath. */
    public Process start(String... args) throws IOException {
        return start(List.of(), args);
    }

    /** {@link #start(String...)} with extra JVM options. */
    public Process start(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.schemactl.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("DATABASE_URL");
        pb.environment().putAll(env);
        return pb.start();
    }

    public static Run finish(Process p, long timeoutSeconds) throws Exception {
        var out = p.getInputStream();
        var err = p.getErrorStream();
        var outText = new java.util.concurrent.CompletableFuture<String>();
        var errText = new java.util.concurrent.CompletableFuture<String>();
        new Thread(() -> outText.complete(read(out))).start();
        new Thread(() -> errText.complete(read(err))).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("schemactl did not finish within " + timeoutSeconds + " s");
        }
        return new Run(p.exitValue(), outText.get(10, TimeUnit.SECONDS), errText.get(10, TimeUnit.SECONDS));
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
