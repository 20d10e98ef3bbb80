package dev.schemactl.testing.oracle;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One (A, B) pair of a fidelity corpus: a folder {@code NNN-name/} holding {@code a.sql} and {@code b.sql} (the two
 * schemas), and optionally {@code data.sql} (rows inserted into A before migrating), {@code renames.txt} (one
 * {@code table.old=new} (a column) or {@code table old=new} (a table) per line, passed as hints) and {@code expect.sql}
 * (queries, one a line, each answering a single true/1 value once B is reached: the data that must survive), and
 * {@code schemas} (the schemas to manage, one a line, written to the project's {@code schemas:}).
 * A {@code known-gap.txt} says why the pair does not hold yet: the runner then asserts that it still fails (so a fix
 * is noticed and the marker removed) and reports it as a known gap, never as passing.
 */
public record CorpusPair(String name, Path dir) {

    /** Every pair under a test-resources folder (e.g. {@code fidelity/mariadb}), by name. */
    public static List<CorpusPair> under(String resourceFolder) {
        URL url = CorpusPair.class.getClassLoader().getResource(resourceFolder);
        if (url == null) throw new IllegalStateException("no corpus at " + resourceFolder);
        try (Stream<Path> dirs = Files.list(Path.of(url.toURI()))) {
            return dirs.filter(Files::isDirectory).sorted()
                    .map(d -> new CorpusPair(d.getFileName().toString(), d)).toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The pair's number, the digits before the first dash, however many ({@code 026}, {@code 1012}). */
    public String number() {
        int dash = name.indexOf('-');
        return dash < 0 ? name : name.substring(0, dash);
    }

    /** Why this pair does not hold yet ({@code known-gap.txt}), or null when it must hold. */
    public String knownGap() {
        List<String> reason = lines("known-gap.txt");
        return reason.isEmpty() ? null : String.join(" ", reason);
    }

    /**
     * Runs the pair; a known gap must still fail (and is reported so), every other pair must hold.
     *
     * @return the outcome line for the corpus summary
     */
    public String check(java.util.concurrent.Callable<String> run) throws Exception {
        String gap = knownGap();
        if (gap == null) return "ok" + run.call();
        try {
            run.call();
        } catch (AssertionError | Exception expected) {
            return "known gap: " + gap;
        }
        throw new AssertionError(name + " holds now: delete its known-gap.txt (" + gap + ")");
    }

    public List<String> a() {
        return statements("a.sql");
    }

    public List<String> b() {
        return statements("b.sql");
    }

    public List<String> data() {
        return statements("data.sql");
    }

    public List<String> expectations() {
        return lines("expect.sql");
    }

    /** The schemas to manage ({@code schemas}, one a line; config {@code schemas:}), empty for the engine's default. */
    public List<String> schemas() {
        return lines("schemas");
    }

    /** Column renames as {@code --rename} arguments. */
    public List<String> columnRenames() {
        return lines("renames.txt").stream().filter(l -> !l.startsWith("table ")).toList();
    }

    /** Table renames as {@code --rename-table} arguments. */
    public List<String> tableRenames() {
        return lines("renames.txt").stream().filter(l -> l.startsWith("table ")).map(l -> l.substring(6).strip()).toList();
    }

    private List<String> lines(String file) {
        Path p = dir.resolve(file);
        if (!Files.exists(p)) return List.of();
        try {
            return Files.readAllLines(p).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("--") && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Statements of a SQL file: separated by a semicolon at the end of a line; {@code --} comment lines dropped. */
    private List<String> statements(String file) {
        Path p = dir.resolve(file);
        if (!Files.exists(p)) return List.of();
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        try {
            for (String line : Files.readAllLines(p)) {
                if (line.strip().startsWith("--")) continue;
                current.append(line).append('\n');
                if (line.stripTrailing().endsWith(";")) {
                    String s = current.toString().strip();
                    out.add(s.substring(0, s.length() - 1));
                    current.setLength(0);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (!current.toString().isBlank()) out.add(current.toString().strip());
        return out;
    }
}
