package dev.schemactl.policy.ssh;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * An allowed_signers file in the format of ssh-keygen(1) "ALLOWED SIGNERS":
 * <pre>
 * principals [options] keytype base64-key [comment]
 * alice@example.com ssh-ed25519 AAAA...
 * bob@example.com,ops-* namespaces="schemactl-approval",valid-before="20271231Z" ecdsa-sha2-nistp256 AAAA...
 * </pre>
 * Options: {@code namespaces="pattern,..."}, {@code valid-after="YYYYMMDD[HHMM[SS]][Z]"}, {@code valid-before=...}
 * (without Z: local time, as ssh-keygen), and schemactl's own {@code verify-required} (FIDO keys must also verify
 * the user's PIN; ssh-keygen 9.2 does not know this option).
 * {@code cert-authority} is refused: schemactl verifies plain keys only. A signature by a FIDO key always needs a touch,
 * so {@code no-touch-required} is refused too. Lines starting with {@code #} and blank lines are ignored.
 */
public final class AllowedSigners {
    private final String source;
    private final List<AllowedSigner> entries;

    private AllowedSigners(String source, List<AllowedSigner> entries) {
        this.source = source;
        this.entries = List.copyOf(entries);
    }

    /** Reads and parses a file. */
    public static AllowedSigners load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.CONFIG, "cannot read allowed_signers file " + file + ": " + e.getMessage(),
                    "check approvals.allowed_signers in schemactl.yaml (or the policy) and the file's permissions");
        }
        return parse(text, file.toString());
    }

    /**
     * Parses allowed_signers text.
     *
     * @param source named in error messages (a path)
     * @throws SchemactlException CONFIG naming the line that is wrong
     */
    public static AllowedSigners parse(String text, String source) {
        List<AllowedSigner> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            try {
                out.add(parseLine(i + 1, line));
            } catch (LineError e) {
                throw new SchemactlException(ErrorCode.CONFIG, "allowed_signers " + source + " line " + (i + 1) + ": " + e.getMessage(),
                        "format: principals [options] keytype base64-key [comment] (ssh-keygen(1), ALLOWED SIGNERS)");
            }
        }
        return new AllowedSigners(source, out);
    }

    public String source() {
        return source;
    }

    public List<AllowedSigner> entries() {
        return entries;
    }

    /** The lines that list this key, in file order. */
    public List<AllowedSigner> forKey(SshPublicKey key) {
        return entries.stream().filter(e -> e.key().sameKey(key)).toList();
    }

    private static final class LineError extends Exception {
        LineError(String message) {
            super(message);
        }
    }

    private static AllowedSigner parseLine(int number, String line) throws LineError {
        Cursor c = new Cursor(line);
        String principalsToken = c.token();
        if (principalsToken.isEmpty()) throw new LineError("no principals");
        List<String> principals = new ArrayList<>();
        for (String p : principalsToken.split(",", -1)) {
            if (p.isEmpty()) throw new LineError("empty principal in \"" + principalsToken + "\"");
            principals.add(p);
        }
        String next = c.token();
        String options = null;
        if (!looksLikeKeyType(next)) {
            options = next;
            next = c.token();
        }
        if (next.isEmpty()) throw new LineError("no public key");
        String base64 = c.token();
        SshPublicKey key;
        try {
            key = SshPublicKey.parseOpenSsh(next + " " + base64);
        } catch (SshPublicKey.KeyRefused e) {
            throw new LineError(e.getMessage());
        }
        List<String> namespaces = List.of();
        Instant validAfter = null;
        Instant validBefore = null;
        boolean verifyRequired = false;
        if (options != null) {
            for (String opt : splitOptions(options)) {
                int eq = opt.indexOf('=');
                String name = (eq < 0 ? opt : opt.substring(0, eq)).toLowerCase(java.util.Locale.ROOT);
                String value = eq < 0 ? null : unquote(opt.substring(eq + 1));
                switch (name) {
                    case "namespaces" -> namespaces = List.of(requireValue(name, value).split(","));
                    case "valid-after" -> validAfter = time(name, requireValue(name, value));
                    case "valid-before" -> validBefore = time(name, requireValue(name, value));
                    case "verify-required" -> verifyRequired = true;
                    case "cert-authority" -> throw new LineError("cert-authority is not supported: schemactl verifies "
                            + "plain public keys; list each signer's own key");
                    case "no-touch-required" -> throw new LineError("no-touch-required is not supported: an approval by a "
                            + "security key always needs a touch");
                    default -> throw new LineError("unknown option " + SshPublicKey.printable(name));
                }
            }
        }
        if (key instanceof SshPublicKey.SkEd25519 || key instanceof SshPublicKey.SkEcdsa) {
            // fine: FIDO keys are verified with the user-presence flag required
        } else if (verifyRequired) {
            throw new LineError("verify-required only applies to security keys (sk-...)");
        }
        return new AllowedSigner(number, principals, namespaces, validAfter, validBefore, verifyRequired, key);
    }

    private static boolean looksLikeKeyType(String token) {
        return token.startsWith("ssh-") || token.startsWith("ecdsa-") || token.startsWith("sk-");
    }

    private static String requireValue(String name, String value) throws LineError {
        if (value == null || value.isEmpty()) throw new LineError("option " + name + " needs a value");
        return value;
    }

    private static String unquote(String v) throws LineError {
        if (v.startsWith("\"")) {
            if (v.length() < 2 || !v.endsWith("\"")) throw new LineError("unterminated quote in " + SshPublicKey.printable(v));
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** Options are comma-separated; commas inside double quotes belong to the value. */
    private static List<String> splitOptions(String options) throws LineError {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char ch : options.toCharArray()) {
            if (ch == '"') quoted = !quoted;
            if (ch == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        if (quoted) throw new LineError("unterminated quote in options");
        out.add(cur.toString());
        for (String o : out) if (o.isEmpty()) throw new LineError("empty option in " + SshPublicKey.printable(options));
        return out;
    }

    /** YYYYMMDD[HHMM[SS]][Z]: with Z in UTC, else in the local time zone (as ssh-keygen reads it). */
    private static Instant time(String name, String value) throws LineError {
        boolean utc = value.endsWith("Z") || value.endsWith("z");
        String digits = utc ? value.substring(0, value.length() - 1) : value;
        String pattern = switch (digits.length()) {
            case 8 -> "yyyyMMdd";
            case 12 -> "yyyyMMddHHmm";
            case 14 -> "yyyyMMddHHmmss";
            default -> null;
        };
        if (pattern == null || !digits.chars().allMatch(Character::isDigit)) {
            throw new LineError(name + " must be YYYYMMDD[HHMM[SS]][Z], not " + SshPublicKey.printable(value));
        }
        try {
            LocalDateTime t = digits.length() == 8
                    ? java.time.LocalDate.parse(digits, DateTimeFormatter.ofPattern(pattern)).atStartOfDay()
                    : LocalDateTime.parse(digits, DateTimeFormatter.ofPattern(pattern));
            return utc ? t.toInstant(ZoneOffset.UTC) : t.atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw new LineError(name + " is not a valid time: " + SshPublicKey.printable(value));
        }
    }

    /** Splits a line into whitespace-separated tokens; a token may be double-quoted (then it may hold spaces). */
    private static final class Cursor {
        private final String s;
        private int pos;

        Cursor(String s) {
            this.s = s;
        }

        String token() throws LineError {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
            int start = pos;
            boolean quoted = false;
            while (pos < s.length() && (quoted || !Character.isWhitespace(s.charAt(pos)))) {
                if (s.charAt(pos) == '"') quoted = !quoted;
                pos++;
            }
            if (quoted) throw new LineError("unterminated quote");
            String t = s.substring(start, pos);
            // a wholly quoted principals field: "alice smith"
            if (start == 0 && t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) return t.substring(1, t.length() - 1);
            return t;
        }
    }
}
