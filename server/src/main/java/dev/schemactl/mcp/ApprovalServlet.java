package dev.schemactl.mcp;

import dev.schemactl.cli.Json;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.policy.ApprovalRefused;
import dev.schemactl.protect.PlanView;
import dev.schemactl.protect.ProtectedServer;
import dev.schemactl.protect.StoredPlan;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The humans' side of a protected server, beside /mcp: {@code GET /approvals/PLAN_ID} returns the stored plan (SQL,
 * findings, the request text to sign); {@code POST /approvals/PLAN_ID} with {@code {"signature": "-----BEGIN SSH
 * SIGNATURE-----…"}} submits a signature of that text. No bearer token: the signature, checked against the target's
 * allowed_signers, is the credential; an agent may read its own plan but cannot approve it.
 */
final class ApprovalServlet extends HttpServlet {
    static final String PATH = "/approvals";
    private static final Logger LOG = LoggerFactory.getLogger(ApprovalServlet.class);
    private static final int MAX_BODY = 64 * 1024;

    private final transient ProtectedServer server;
    private final transient Clock clock;

    ApprovalServlet(ProtectedServer server, Clock clock) {
        this.server = server;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String id = planId(req);
        if (id == null) {
            error(res, 404, ErrorCode.NOT_FOUND.name(), "no such plan", "GET /approvals/PLAN_ID");
            return;
        }
        var plan = server.plans().get(id);
        if (plan.isEmpty()) {
            error(res, 404, ErrorCode.NOT_FOUND.name(), "no plan " + id + " on this server",
                    "the agent's apply_migration / rollback names the plan id; plans are kept in memory until they expire");
            return;
        }
        json(res, 200, PlanView.of(plan.get(), clock.instant()));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String id = planId(req);
        if (id == null) {
            error(res, 404, ErrorCode.NOT_FOUND.name(), "no such plan", "POST /approvals/PLAN_ID");
            return;
        }
        String signature;
        try (InputStream in = req.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                error(res, 413, ErrorCode.USAGE.name(), "the body is larger than " + MAX_BODY + " bytes", "send {\"signature\": \"...\"}");
                return;
            }
            JsonNode node = Json.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
            signature = node == null || !node.path("signature").isString() ? null : node.path("signature").asString();
        } catch (RuntimeException e) {
            signature = null;
        }
        if (signature == null || signature.isBlank()) {
            error(res, 400, ErrorCode.USAGE.name(), "the body must be {\"signature\": \"-----BEGIN SSH SIGNATURE-----...\"}",
                    "sign the plan's request text with ssh-keygen -Y sign -n schemactl-approval");
            return;
        }
        try {
            StoredPlan signed = server.sign(id, signature, "http:" + req.getRemoteAddr());
            json(res, 200, PlanView.of(signed, clock.instant()));
        } catch (ApprovalRefused e) {
            LOG.warn("refused a signature for plan {}: {}", id, e.getMessage());
            error(res, 403, "APPROVAL_REFUSED:" + e.check().name(), e.getMessage(), e.hint());
        } catch (SchemactlException e) {
            error(res, e.code() == ErrorCode.NOT_FOUND ? 404 : 400, e.code().name(), server.mask(e.getMessage()), e.hint());
        }
    }

    private static String planId(HttpServletRequest req) {
        String info = req.getPathInfo();
        if (info == null) return null;
        String id = info.startsWith("/") ? info.substring(1) : info;
        return id.matches("p-[A-Za-z0-9_-]{1,40}") ? id : null;
    }

    private static void json(HttpServletResponse res, int status, Object body) throws IOException {
        res.setStatus(status);
        res.setContentType("application/json");
        res.setCharacterEncoding("UTF-8");
        res.setHeader("Cache-Control", "no-store");
        res.getOutputStream().write(Json.MAPPER.writeValueAsBytes(body));
    }

    private static void error(HttpServletResponse res, int status, String code, String message, String hint) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        body.put("hint", hint);
        json(res, status, Map.of("error", body));
    }
}
