package dev.schemactl.source;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Lists the class files under some packages (and their sub-packages) of class folders and jars, without
 * loading anything. Names come back sorted, so the order of entries and packages never matters.
 */
final class ClassScanner {

    /**
     * One class found: its binary name, where it came from, whether its constant pool names one of the
     * JPA class annotations (so it is worth loading) and whether it names the old javax.persistence ones.
     */
    record Found(String className, String origin, boolean jpaCandidate, boolean javaxPersistence) {
    }

    private static final List<String> ANNOTATIONS = List.of("Entity", "Embeddable", "MappedSuperclass", "Converter");
    private static final List<byte[]> JAKARTA = descriptors("jakarta");
    private static final List<byte[]> JAVAX = descriptors("javax");

    private static List<byte[]> descriptors(String root) {
        return ANNOTATIONS.stream().map(a -> ("L" + root + "/persistence/" + a + ";").getBytes(StandardCharsets.ISO_8859_1)).toList();
    }

    private ClassScanner() {
    }

    /**
     * Returns the classes in {@code packages} found in {@code classpath}, sorted by name (first entry wins
     * when two entries hold the same class, like a class loader). {@code package-info} and
     * {@code module-info} are reported separately through {@link #packagesWithInfo}.
     */
    static List<Found> scan(List<Path> classpath, List<String> packages) {
        TreeMap<String, Found> found = new TreeMap<>();
        for (Path entry : classpath) {
            if (Files.isDirectory(entry)) {
                scanDirectory(entry, packages, found);
            } else if (Files.isRegularFile(entry)) {
                scanJar(entry, packages, found);
            } else {
                throw new SchemactlException(ErrorCode.MODELS, "models classpath entry not found: " + entry,
                        "pass existing class folders or jars (build the project first, e.g. mvn compile)");
            }
        }
        return List.copyOf(found.values());
    }

    /** Packages (among the scanned ones and their sub-packages) that have a package-info class. */
    static TreeSet<String> packagesWithInfo(List<Found> found) {
        TreeSet<String> out = new TreeSet<>();
        for (Found f : found) {
            if (f.className().endsWith(".package-info")) {
                out.add(f.className().substring(0, f.className().length() - ".package-info".length()));
            }
        }
        return out;
    }

    private static void scanDirectory(Path root, List<String> packages, TreeMap<String, Found> found) {
        for (String pkg : packages) {
            Path dir = pkg.isEmpty() ? root : root.resolve(pkg.replace('.', '/'));
            if (!Files.isDirectory(dir)) continue;
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(p -> p.getFileName().toString().endsWith(".class") && Files.isRegularFile(p)).toList();
            } catch (IOException e) {
                throw unreadable(root, e);
            }
            for (Path file : files) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                String name = className(relative);
                if (name == null || found.containsKey(name)) continue;
                try {
                    found.put(name, found(name, root.toString(), Files.readAllBytes(file)));
                } catch (IOException e) {
                    throw unreadable(file, e);
                }
            }
        }
    }

    private static void scanJar(Path jar, List<String> packages, TreeMap<String, Found> found) {
        List<String> prefixes = packages.stream().map(p -> p.isEmpty() ? "" : p.replace('.', '/') + "/").toList();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            List<ZipEntry> matching = new ArrayList<>();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory() || !e.getName().endsWith(".class") || e.getName().startsWith("META-INF/")) continue;
                if (prefixes.stream().anyMatch(p -> e.getName().startsWith(p))) matching.add(e);
            }
            for (ZipEntry e : matching) {
                String name = className(e.getName());
                if (name == null || found.containsKey(name)) continue;
                try (InputStream in = zip.getInputStream(e)) {
                    found.put(name, found(name, jar.toString(), in.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw unreadable(jar, e);
        }
    }

    private static String className(String relativePath) {
        String name = relativePath.substring(0, relativePath.length() - ".class".length()).replace('/', '.');
        if (name.endsWith("module-info")) return null;
        return name;
    }

    private static Found found(String name, String origin, byte[] bytes) {
        return new Found(name, origin, JAKARTA.stream().anyMatch(d -> contains(bytes, d)),
                JAVAX.stream().anyMatch(d -> contains(bytes, d)));
    }

    private static boolean contains(byte[] bytes, byte[] needle) {
        outer:
        for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) continue outer;
            }
            return true;
        }
        return false;
    }

    private static SchemactlException unreadable(Path path, IOException e) {
        return new SchemactlException(ErrorCode.MODELS, "cannot read models classpath entry " + path + ": " + e.getMessage(),
                "check that the class folder or jar is readable and not corrupt", new UncheckedIOException(e));
    }
}
