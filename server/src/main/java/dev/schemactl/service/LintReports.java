package dev.schemactl.service;

import dev.schemactl.risk.Finding;
import dev.schemactl.risk.RuleInfo;
import dev.schemactl.risk.Rules;
import dev.schemactl.risk.Severity;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A lint {@link RiskResult} as CI reports: SARIF 2.1.0 (code scanning), GitHub Actions workflow commands
 * (annotations on the pull request's files) and a Markdown pull-request comment. Pure renderings of the same result
 * `lint --format json` and score_risk return.
 */
public final class LintReports {
    public static final String SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/schemactl/schemactl#rules";
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private LintReports() {
    }

    /** SARIF 2.1.0: one run, every rule of the catalog (help text and safer alternative), one result per finding. */
    public static String sarif(RiskResult result, String toolVersion) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SARIF_SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "schemactl");
        driver.put("version", toolVersion);
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        List<String> ids = new ArrayList<>();
        for (RuleInfo rule : Rules.CATALOG) {
            ids.add(rule.id());
            ObjectNode r = rules.addObject();
            r.put("id", rule.id());
            r.put("name", pascal(rule.id()));
            r.putObject("shortDescription").put("text", rule.id() + " (" + rule.category().name() + " " + rule.category().description() + ")");
            r.putObject("fullDescription").put("text", "Matches " + rule.matches() + ".");
            ObjectNode help = r.putObject("help");
            help.put("text", "Matches " + rule.matches() + ". Safer: " + rule.safeAlternative() + ".");
            help.put("markdown", "**Matches:** " + rule.matches() + "\n\n**Safer alternative:** " + rule.safeAlternative());
            r.put("helpUri", INFORMATION_URI);
            ObjectNode props = r.putObject("properties");
            props.put("category", rule.category().description());
            props.put("safeAlternative", rule.safeAlternative());
            props.putArray("tags").add("schema-migration").add(rule.category().description());
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : result.report().findings()) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.ruleId());
            int index = ids.indexOf(f.ruleId());
            if (index >= 0) r.put("ruleIndex", index);
            r.put("level", level(f.severity()));
            r.putObject("message").put("text", message(f));
            Optional<RiskResult.StatementLocation> where = result.location(f.statement());
            if (where.isPresent()) {
                ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", where.get().file());
                physical.putObject("region").put("startLine", where.get().line());
            }
            ObjectNode props = r.putObject("properties");
            props.put("severity", f.severity().id());
            props.put("baseSeverity", f.baseSeverity().id());
            props.put("points", f.points());
            props.put("statement", f.statement());
            if (f.table() != null) props.put("table", f.table());
            if (f.column() != null) props.put("column", f.column());
            if (f.safeAlternative() != null) props.put("safeAlternative", f.safeAlternative());
        }
        ObjectNode props = run.putObject("properties");
        props.put("subject", result.subject());
        props.put("engine", result.engine());
        props.put("score", result.report().score());
        props.put("band", result.report().band());
        props.put("formula", result.report().formula());
        props.put("rollbackability", result.report().rollbackability());
        ArrayNode verification = props.putArray("rollbackVerification");
        result.rollbackVerification().forEach(verification::add);
        return MAPPER.writeValueAsString(root) + "\n";
    }

    /** GitHub Actions workflow commands: one annotation per finding on its file and line, then a summary notice. */
    public static String github(RiskResult result) {
        StringBuilder out = new StringBuilder();
        for (Finding f : result.report().findings()) {
            String command = switch (level(f.severity())) {
                case "error" -> "error";
                case "warning" -> "warning";
                default -> "notice";
            };
            List<String> props = new ArrayList<>();
            result.location(f.statement()).ifPresent(l -> {
                props.add("file=" + property(l.file()));
                props.add("line=" + l.line());
            });
            props.add("title=" + property(f.ruleId() + " (" + f.severity().id() + ")"));
            out.append("::").append(command).append(' ').append(String.join(",", props)).append("::")
                    .append(data(message(f) + (f.safeAlternative() == null ? "" : "\nSafer: " + f.safeAlternative())))
                    .append('\n');
        }
        out.append("::notice title=").append(property("schemactl lint")).append("::")
                .append(data("risk score " + result.report().score() + " (" + result.report().band() + "), "
                        + result.report().findings().size() + " finding(s); rollback on failure: " + result.report().rollbackability()))
                .append('\n');
        return out.toString();
    }

    /** A pull-request comment: score, findings table, rollback on failure and rollback verification. */
    public static String markdown(RiskResult result) {
        StringBuilder out = new StringBuilder();
        out.append("### schemactl lint: risk score ").append(result.report().score()).append(" (").append(result.report().band())
                .append(")\n\n");
        out.append(cell(result.subject())).append(" on ").append(cell(result.engine())).append(", ").append(result.statements())
                .append(result.statements() == 1 ? " statement" : " statements").append("\n\n");
        if (result.report().findings().isEmpty()) {
            out.append("No findings.\n\n");
        } else {
            out.append("| severity | rule | where | finding | safer alternative |\n|---|---|---|---|---|\n");
            for (Finding f : result.report().findings()) {
                String where = result.location(f.statement()).map(l -> "`" + l.file() + ":" + l.line() + "`")
                        .orElse("statement " + f.statement());
                out.append("| ").append(icon(f.severity())).append(' ').append(f.severity().id())
                        .append(" | `").append(f.ruleId()).append("` | ").append(where)
                        .append(" | ").append(cell(message(f)))
                        .append(" | ").append(cell(f.safeAlternative() == null ? "" : f.safeAlternative())).append(" |\n");
            }
            out.append('\n');
        }
        out.append("`").append(result.report().formula()).append("`\n\n");
        out.append("**Rollback on failure:** ").append(cell(result.report().rollbackability())).append("\n\n");
        out.append("**Rollback verification:**");
        if (result.rollbackVerification().isEmpty()) {
            out.append(" not run (no migration files scored)\n");
        } else {
            out.append('\n');
            for (String line : result.rollbackVerification()) out.append("- ").append(cell(line)).append('\n');
        }
        return out.toString();
    }

    /** SARIF levels: critical and high are errors, medium a warning, low and info notes. */
    static String level(Severity severity) {
        if (severity.atLeast(Severity.HIGH)) return "error";
        if (severity.atLeast(Severity.MEDIUM)) return "warning";
        return "note";
    }

    private static String message(Finding f) {
        String on = f.table() == null ? "" : " on " + f.table() + (f.column() == null ? "" : "." + f.column());
        return f.ruleId() + on + ": " + f.message() + " [" + f.severity().id() + ", " + f.points() + " points]";
    }

    private static String pascal(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            if (part.isEmpty()) continue;
            out.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return out.toString();
    }

    private static String icon(Severity s) {
        return switch (s) {
            case CRITICAL -> "🛑";
            case HIGH -> "🔴";
            case MEDIUM -> "🟠";
            case LOW -> "🟡";
            default -> "⚪";
        };
    }

    /** A Markdown table cell: no line breaks, pipes escaped. */
    private static String cell(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\R", " ");
    }

    /** Workflow command data: %, CR and LF escaped. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Workflow command property values: also ':' and ','. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
