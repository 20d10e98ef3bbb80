package dev.schemactl.migration;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a SQL file (a migration, a file to lint, a schema file) as strict UTF-8 within documented limits, so no
 * file can stall the parsers behind it: at most {@link #MAX_BYTES} bytes and {@link #MAX_LINE} characters a line
 * (Liquibase's formatted-SQL parser runs regular expressions over every line). Each refusal names the file and,
 * for a bad line or bad UTF-8, the line.
 */
public final class SqlFileText {
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    public static final int MAX_LINE = 1024 * 1024;

    private SqlFileText() {
    }

    /** The file's text; {@code shown} is how messages name it (the path as the user gave it). */
    public static String read(Path file, String shown) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new SchemactlException(ErrorCode.MIGRATION_FILE, shown + " is " + size + " bytes; SQL files are limited to "
                        + MAX_BYTES + " bytes (64 MiB)", "split it into several migrations, or load bulk data with the database's own tools");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SchemactlException(ErrorCode.NOT_FOUND, "no file " + shown, "check the path (relative to the project directory)");
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.MIGRATION_FILE, "cannot read " + shown + ": " + e.getMessage(), "check its permissions");
        }
        return text(bytes, shown);
    }

    /** Decodes and checks bytes already read (e.g. stdin). */
    public static String text(byte[] bytes, String shown) {
        String text = decode(bytes, shown);
        checkLines(text, shown);
        return text;
    }

    private static String decode(byte[] bytes, String shown) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) if (bytes[i] == '\n') line++;
            throw new SchemactlException(ErrorCode.MIGRATION_FILE, shown + ", line " + line + ": not valid UTF-8 (byte "
                    + (offset + 1) + ")", "save the file as UTF-8");
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void checkLines(String text, String shown) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_LINE) {
                    throw new SchemactlException(ErrorCode.MIGRATION_FILE, shown + ", line " + line + ": " + (i - start)
                            + " characters; lines are limited to " + MAX_LINE + " characters",
                            "break the line (long comments, long literals) into several lines");
                }
                line++;
                start = i + 1;
            }
        }
    }
}
