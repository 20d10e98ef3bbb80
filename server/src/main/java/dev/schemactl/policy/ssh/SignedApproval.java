package dev.schemactl.policy.ssh;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.policy.ApprovalRefused;
import dev.schemactl.policy.ApprovalRefused.Check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link ApprovalRequest} with one or more armored SSH signatures of its canonical text (one per approver).
 * Text form (what `schemactl approve` writes and `--confirm` reads): the canonical text, then each signature block.
 */
public record SignedApproval(ApprovalRequest request, List<String> signatures) {
    public SignedApproval {
        signatures = List.copyOf(signatures);
    }

    public SignedApproval(ApprovalRequest request, String signature) {
        this(request, List.of(signature));
    }

    /** The same request with one more signature (a second approver). */
    public SignedApproval plus(String signature) {
        List<String> all = new ArrayList<>(signatures);
        all.add(signature);
        return new SignedApproval(request, all);
    }

    /** The request's canonical text followed by each signature block. */
    public String text() {
        StringBuilder out = new StringBuilder(request.canonicalText());
        for (String s : signatures) {
            String block = s.strip();
            out.append(block).append('\n');
        }
        return out.toString();
    }

    /** True when an argument is a signed approval's text rather than the path of a file holding one. */
    public static boolean looksLikeText(String argument) {
        return argument.startsWith(ApprovalRequest.HEADER) || argument.contains(SshSignature.BEGIN);
    }

    /** Reads a `--confirm` argument: the text itself, or a path to a file holding it. */
    public static SignedApproval fromArgument(String argument) {
        if (looksLikeText(argument)) return parse(argument);
        try {
            return parse(Files.readString(Path.of(argument), StandardCharsets.UTF_8));
        } catch (IOException | InvalidPathException e) {
            throw new SchemactlException(ErrorCode.CONFIRMATION, "cannot read the signed approval " + argument + ": " + e.getMessage(),
                    "pass the file `schemactl approve` wrote, or its text");
        }
    }

    /**
     * Parses the text form; the request part must be canonical.
     *
     * @throws ApprovalRefused ARMOR when the shape is wrong
     */
    public static SignedApproval parse(String text) {
        String t = text.replace("\r\n", "\n");
        int first = t.indexOf(SshSignature.BEGIN);
        if (first < 0) throw ApprovalRefused.signed(Check.ARMOR, "no \"" + SshSignature.BEGIN + "\" block: the approval is not signed");
        ApprovalRequest request = ApprovalRequest.parse(t.substring(0, first));
        List<String> signatures = new ArrayList<>();
        int pos = first;
        while (pos < t.length()) {
            int end = t.indexOf(SshSignature.END, pos);
            if (end < 0) throw ApprovalRefused.signed(Check.ARMOR, "a signature block lacks \"" + SshSignature.END + "\"");
            end += SshSignature.END.length();
            signatures.add(t.substring(pos, end) + "\n");
            String rest = t.substring(end);
            String trimmed = rest.stripLeading();
            if (trimmed.isEmpty()) break;
            if (!trimmed.startsWith(SshSignature.BEGIN)) {
                throw ApprovalRefused.signed(Check.ARMOR, "unexpected text after a signature block");
            }
            pos = end + (rest.length() - trimmed.length());
        }
        return new SignedApproval(request, signatures);
    }
}
