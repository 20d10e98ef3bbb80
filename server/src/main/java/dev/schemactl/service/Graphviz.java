package dev.schemactl.service;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Graphviz's {@code dot}, when installed: DOT text in, SVG out. */
final class Graphviz {
    private static final long TIMEOUT_SECONDS = 60;

    private Graphviz() {
    }

    static String svg(String dot) {
        Process process;
        try {
            process = new ProcessBuilder("dot", "-Tsvg").redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.UNSUPPORTED, "Graphviz is not installed (no `dot` on the PATH)",
                    "install it (apt-get install graphviz, brew install graphviz), or use --format dot or --format mermaid");
        }
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        try (OutputStream in = process.getOutputStream()) {
            in.write(dot.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            process.destroyForcibly();
            throw failed(e.getMessage());
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw failed("timed out after " + TIMEOUT_SECONDS + "s");
            }
            if (process.exitValue() != 0) {
                throw failed(new String(err.join(), StandardCharsets.UTF_8).lines().findFirst().orElse("exit " + process.exitValue()));
            }
            return new String(out.join(), StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw failed("interrupted");
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream buffer = new ByteArrayOutputStream()) {
            in.transferTo(buffer);
            return buffer.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static SchemactlException failed(String why) {
        return new SchemactlException(ErrorCode.INTERNAL, "Graphviz could not draw the diagram: " + why,
                "use --format dot and run dot yourself, or report it");
    }
}
