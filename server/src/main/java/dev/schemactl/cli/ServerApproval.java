package dev.schemactl.cli;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.policy.PlanDigest;
import dev.schemactl.policy.ssh.ApprovalRequest;
import dev.schemactl.policy.ssh.SshKeygenSigner;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * {@code schemactl approve --server URL --target T PLAN_ID --key KEY}: a human approves a plan a protected server
 * stored. The plan (SQL, findings, the request to sign) comes from the server, never from the agent; the human types
 * the phrase at a terminal; ssh-keygen signs the request with their key (a key file, or its .pub with the private key
 * in ssh-agent — `ssh-add -c` or a FIDO key make that a confirmation only the human can give); the signature goes back
 * to the server, which verifies it against its allowed_signers.
 */
final class ServerApproval {
    static final String NAMESPACE = ApprovalRequest.NAMESPACE;
    private final CliContext context;
    private final String server;
    private final String target;
    private final String planId;
    private final Path key;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ServerApproval(CliContext context, String server, String target, String planId, Path key) {
        this.context = context;
        this.server = server.replaceAll("/+$", "");
        this.target = target;
        this.planId = planId;
        this.key = key;
    }

    /** The server's answer after the signature was accepted. */
    record Approved(String planId, String target, String state, int signed, int required, String text) implements dev.schemactl.service.Result {
    }

    Approved run() {
        if (!planId.matches("p-[A-Za-z0-9_-]{1,40}")) {
            throw new SchemactlException(ErrorCode.USAGE, "'" + planId + "' is not a plan id", "plan ids look like p-XXXX (the agent's refusal names it)");
        }
        if (!context.interactive()) {
            throw new SchemactlException(ErrorCode.CONFIRMATION, "approve --server needs a human at an interactive terminal",
                    "run it yourself in a terminal");
        }
        JsonNode plan = get();
        String sql = plan.path("sql").asString();
        String digest = plan.path("planDigest").asString();
        String request = plan.path("request").asString();
        String planTarget = plan.path("target").asString();
        if (target != null && !target.equals(planTarget)) {
            throw new SchemactlException(ErrorCode.CONFIRMATION, "plan " + planId + " is for target " + planTarget + ", not " + target,
                    "check the command the agent showed you; nothing was signed");
        }
        ApprovalRequest parsed = ApprovalRequest.parse(request); // strict: exactly the canonical text
        if (!PlanDigest.same(PlanDigest.of(sql), digest) || !PlanDigest.same(parsed.planDigest(), digest)
                || !parsed.target().equals(planTarget)) {
            throw new SchemactlException(ErrorCode.CONFIRMATION, "the server's plan " + planId + " does not match its own digest",
                    "nothing was signed; report it to whoever runs the server");
        }
        if (!"waiting".equals(plan.path("state").asString())) {
            throw new SchemactlException(ErrorCode.CONFIRMATION, "plan " + planId + " is " + plan.path("state").asString()
                    + ", not waiting for approval", "the agent's next call stores the plan again under a new id");
        }
        show(plan);
        String phrase = plan.path("phrase").asString();
        PrintStream err = context.err();
        err.print("Type '" + phrase + "' to approve" + (phrase.equals("approve") ? " this plan" : " dropping " + phrase)
                + " on " + planTarget + " (anything else cancels): ");
        err.flush();
        String typed = readLine();
        if (typed == null || !typed.strip().equals(phrase)) {
            throw new SchemactlException(ErrorCode.CONFIRMATION, "the confirmation did not match '" + phrase + "'; nothing was signed",
                    "run the command again and type the phrase exactly");
        }
        String signature = sign(request);
        JsonNode answer = post(signature);
        int signed = answer.path("approvedBy").size();
        int required = answer.path("requiredApprovers").asInt(1);
        String state = answer.path("state").asString();
        String text = "signed plan " + planId + " on " + planTarget + " (" + signed + " of " + required + " approvals"
                + (state.equals("approved") ? "; the agent's next call runs it once" : "; waiting for more approvers") + ")\n";
        return new Approved(planId, planTarget, state, signed, required, text);
    }

    private void show(JsonNode plan) {
        PrintStream err = context.err();
        err.println("Plan " + planId + " on target " + plan.path("target").asString() + " (" + plan.path("database").asString()
                + "), from " + server + ":");
        err.println(plan.path("operation").asString() + " " + String.join(", ", strings(plan.path("versions"))));
        err.println("Digest: " + plan.path("planDigest").asString());
        err.println();
        err.print(plan.path("sql").asString());
        err.println();
        err.println("Risk: score " + plan.path("score").asInt() + " (" + plan.path("band").asString() + ")");
        for (JsonNode f : plan.path("findings")) {
            err.println("  [" + f.path("severity").asString() + "] " + f.path("ruleId").asString()
                    + (f.path("table").isString() ? " on " + f.path("table").asString() + (f.path("column").isString()
                    ? "." + f.path("column").asString() : "") : "") + ": " + f.path("message").asString());
        }
        err.println("Policy: " + plan.path("decision").asString() + " — " + plan.path("reason").asString());
        err.println("Approvals: " + plan.path("approvedBy").size() + " of " + plan.path("requiredApprovers").asInt(1)
                + ", request expires " + plan.path("expires").asString());
        err.println();
        err.println("You sign exactly this (ssh-keygen -Y sign -n " + NAMESPACE + "):");
        err.print(plan.path("request").asString());
        err.flush();
    }

    private String sign(String request) {
        if (key == null) {
            throw new SchemactlException(ErrorCode.USAGE, "approve --server needs --key",
                    "--key ~/.ssh/id_ed25519 (or its .pub when the private key is in ssh-agent)");
        }
        return new SshKeygenSigner(key).sign(request.getBytes(StandardCharsets.UTF_8), NAMESPACE);
    }

    private JsonNode get() {
        HttpRequest req = HttpRequest.newBuilder(uri()).timeout(Duration.ofSeconds(30)).GET().build();
        return send(req);
    }

    private JsonNode post(String signature) {
        String body = Json.MAPPER.writeValueAsString(Map.of("signature", signature));
        HttpRequest req = HttpRequest.newBuilder(uri()).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return send(req);
    }

    private URI uri() {
        try {
            return URI.create(server + "/approvals/" + planId);
        } catch (IllegalArgumentException e) {
            throw new SchemactlException(ErrorCode.USAGE, "--server " + server + " is not a URL", "e.g. --server http://127.0.0.1:8787");
        }
    }

    private JsonNode send(HttpRequest req) {
        HttpResponse<String> res;
        try {
            res = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.UNREACHABLE, "cannot reach the schemactl server " + server + ": " + e.getMessage(),
                    "check --server (the URL the agent's refusal named)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemactlException(ErrorCode.TIMEOUT, "interrupted", "try again");
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(res.body());
        } catch (RuntimeException e) {
            throw new SchemactlException(ErrorCode.UNREACHABLE, server + " answered HTTP " + res.statusCode() + " without JSON",
                    "is --server a schemactl server running with --protected?");
        }
        if (res.statusCode() != 200) {
            JsonNode error = node.path("error");
            throw new SchemactlException(res.statusCode() == 404 ? ErrorCode.NOT_FOUND : ErrorCode.CONFIRMATION,
                    "the server refused: " + error.path("message").asString("HTTP " + res.statusCode()),
                    error.path("hint").asString("see the server's log"));
        }
        return node;
    }

    private String readLine() {
        try {
            return new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            return null;
        }
    }

    private static java.util.List<String> strings(JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
