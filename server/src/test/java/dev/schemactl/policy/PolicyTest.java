package dev.schemactl.policy;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.risk.Category;
import dev.schemactl.risk.Finding;
import dev.schemactl.risk.RiskReport;
import dev.schemactl.risk.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PolicyTest {
    @TempDir
    Path dir;

    static Finding finding(String rule, Category category, Severity severity, String table) {
        return Finding.of(rule, category, 1, table, null, severity, List.of(), rule + " on " + table, null);
    }

    static RiskReport report(Finding... findings) {
        return RiskReport.of(List.of(findings), "full");
    }

    static Action decide(Policy policy, RiskReport report) {
        return policy.decide(report, EngineKind.POSTGRESQL, null).action();
    }

    static Policy policy(String yaml) {
        return Policy.parse(yaml, "test.yaml");
    }

    /** One rule that denies when {@code match} holds; default allow. */
    static Policy denyWhen(String match) {
        return policy("version: 1\nrules:\n  - match: " + match + "\n    action: deny\ndefault: allow\n");
    }

    static Path repoPolicies() {
        String root = System.getenv("SCHEMACTL_TEST_PROJECT_ROOT");
        Path base = root != null && !root.isBlank() ? Path.of(root) : Path.of("..");
        return base.resolve("policies");
    }

    // --- each match dimension -------------------------------------------------------------------------

    @Test
    void onlineSchemaChangeIsReadAndChecked() {
        Policy p = Policy.parse("version: 1\nonline_schema_change:\n  tool: pt-osc\n  min_rows: 500000\n", "osc.yaml");
        assertThat(p.onlineSchemaChange()).isEqualTo(new dev.schemactl.engine.OnlineSchemaChange("pt-osc", 500_000));
        assertThat(Policy.parse("version: 1\n", "none.yaml").onlineSchemaChange()).isNull();
        assertThatThrownBy(() -> Policy.parse("version: 1\nonline_schema_change:\n  tool: gh-ost\n  min_rows: 5\n", "bad.yaml"))
                .isInstanceOfSatisfying(SchemactlException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
                    assertThat(e.getMessage()).contains("bad.yaml: line 3", "online_schema_change.tool");
                });
        assertThatThrownBy(() -> Policy.parse("version: 1\nonline_schema_change:\n  tool: pt-osc\n", "missing.yaml"))
                .isInstanceOfSatisfying(SchemactlException.class, e -> assertThat(e.getMessage()).contains("min_rows"));
    }

    @Test
    void ruleGlob() {
        Policy p = denyWhen("{rule: DS-DROP-*}");
        assertThat(decide(p, report(finding("DS-DROP-TABLE", Category.D, Severity.HIGH, "a")))).isEqualTo(Action.DENY);
        assertThat(decide(p, report(finding("ds-drop-column", Category.D, Severity.HIGH, "a")))).isEqualTo(Action.DENY);
        assertThat(decide(p, report(finding("DS-ADD-COLUMN", Category.D, Severity.HIGH, "a")))).isEqualTo(Action.ALLOW);
        assertThat(decide(denyWhen("{rule: DS-DROP-TABLE}"), report(finding("DS-DROP-TABLES", Category.D, Severity.HIGH, "a"))))
                .isEqualTo(Action.ALLOW);
    }

    @Test
    void category() {
        Policy p = denyWhen("{category: L}");
        assertThat(decide(p, report(finding("X", Category.L, Severity.LOW, "a")))).isEqualTo(Action.DENY);
        assertThat(decide(p, report(finding("X", Category.D, Severity.LOW, "a")))).isEqualTo(Action.ALLOW);
    }

    @Test
    void severityAtLeastUsesTheEffectiveSeverity() {
        Policy p = denyWhen("{severity_at_least: high}");
        assertThat(decide(p, report(finding("X", Category.L, Severity.HIGH, "a")))).isEqualTo(Action.DENY);
        assertThat(decide(p, report(finding("X", Category.L, Severity.CRITICAL, "a")))).isEqualTo(Action.DENY);
        assertThat(decide(p, report(finding("X", Category.L, Severity.MEDIUM, "a")))).isEqualTo(Action.ALLOW);
        Finding raised = Finding.of("X", Category.L, 1, "a", null, Severity.MEDIUM,
                List.of(new dev.schemactl.risk.Modifier("large table", 1)), "m", null);
        assertThat(decide(p, report(raised))).isEqualTo(Action.DENY);
    }

    @Test
    void scoreAtLeastAppliesToTheWholeReport() {
        Policy p = denyWhen("{score_at_least: 40}");
        // 35 + floor(15/4) = 38: below
        assertThat(decide(p, report(finding("A", Category.L, Severity.HIGH, "a"), finding("B", Category.L, Severity.MEDIUM, "b"))))
                .isEqualTo(Action.ALLOW);
        // 35 + floor((35+15)/4) = 47: no single finding reaches 40, the plan does
        Decision d = p.decide(report(finding("A", Category.L, Severity.HIGH, "a"), finding("B", Category.L, Severity.HIGH, "b"),
                finding("C", Category.L, Severity.MEDIUM, "c")), EngineKind.H2, null);
        assertThat(d.action()).isEqualTo(Action.DENY);
        assertThat(d.matched()).last().satisfies(m -> {
            assertThat(m.rule()).isEqualTo("rules[0]");
            assertThat(m.subject()).isEqualTo("plan (score 47, high)");
        });
        // a plan-wide rule is not checked per finding: an earlier allow for the finding does not shadow it
        Policy allowFirst = policy("version: 1\nrules:\n  - match: {rule: A}\n    action: allow\n"
                + "  - match: {score_at_least: 35}\n    action: require_confirmation\n");
        assertThat(decide(allowFirst, report(finding("A", Category.L, Severity.HIGH, "a")))).isEqualTo(Action.REQUIRE_CONFIRMATION);
        // score_at_least: 0 matches even a plan without findings
        assertThat(decide(denyWhen("{score_at_least: 0}"), report())).isEqualTo(Action.DENY);
        assertThat(decide(denyWhen("{score_at_least: 1}"), report())).isEqualTo(Action.ALLOW);
    }

    @Test
    void planWideRuleWithFindingConditionsNeedsAFindingMeetingThem() {
        Policy p = denyWhen("{score_at_least: 30, category: D}");
        assertThat(decide(p, report(finding("X", Category.L, Severity.HIGH, "a")))).isEqualTo(Action.ALLOW);
        assertThat(decide(p, report(finding("X", Category.L, Severity.HIGH, "a"), finding("Y", Category.D, Severity.LOW, "b"))))
                .isEqualTo(Action.DENY);
    }

    @Test
    void tableGlob() {
        Policy p = denyWhen("{table: \"audit_*\"}");
        assertThat(decide(p, report(finding("X", Category.D, Severity.LOW, "audit_log")))).isEqualTo(Action.DENY);
        assertThat(decide(p, report(finding("X", Category.D, Severity.LOW, "AUDIT_2024")))).isEqualTo(Action.DENY);
        assertThat(decide(p, report(finding("X", Category.D, Severity.LOW, "orders_audit")))).isEqualTo(Action.ALLOW);
        assertThat(decide(p, report(finding("X", Category.D, Severity.LOW, null)))).isEqualTo(Action.ALLOW);
    }

    @Test
    void engine() {
        Policy p = denyWhen("{engine: mariadb}");
        RiskReport r = report(finding("X", Category.L, Severity.LOW, "a"));
        assertThat(p.decide(r, EngineKind.MARIADB, null).action()).isEqualTo(Action.DENY);
        assertThat(p.decide(r, EngineKind.POSTGRESQL, null).action()).isEqualTo(Action.ALLOW);
        assertThat(p.decide(r, EngineKind.H2, null).action()).isEqualTo(Action.ALLOW);
    }

    @Test
    void environment() {
        Policy p = denyWhen("{environment: production}");
        RiskReport r = report(finding("X", Category.L, Severity.LOW, "a"));
        assertThat(p.decide(r, EngineKind.H2, "production").action()).isEqualTo(Action.DENY);
        assertThat(p.decide(r, EngineKind.H2, "staging").action()).isEqualTo(Action.ALLOW);
        assertThat(p.decide(r, EngineKind.H2, null).action()).isEqualTo(Action.ALLOW);
        assertThat(denyWhen("{environment: \"prod*\"}").decide(r, EngineKind.H2, "prod-eu").action()).isEqualTo(Action.DENY);
    }

    @Test
    void allConditionsOfAMatchMustHold() {
        Policy p = denyWhen("{category: D, table: orders, environment: production}");
        assertThat(p.decide(report(finding("X", Category.D, Severity.LOW, "orders")), EngineKind.H2, "production").action())
                .isEqualTo(Action.DENY);
        assertThat(p.decide(report(finding("X", Category.D, Severity.LOW, "orders")), EngineKind.H2, "dev").action())
                .isEqualTo(Action.ALLOW);
        assertThat(p.decide(report(finding("X", Category.D, Severity.LOW, "users")), EngineKind.H2, "production").action())
                .isEqualTo(Action.ALLOW);
        assertThat(p.decide(report(finding("X", Category.L, Severity.LOW, "orders")), EngineKind.H2, "production").action())
                .isEqualTo(Action.ALLOW);
    }

    // --- evaluation order ----------------------------------------------------------------------------

    @Test
    void firstMatchingRuleWinsPerFinding() {
        Policy p = policy("""
                version: 1
                rules:
                  - match: {rule: DS-DROP-INDEX}
                    action: allow
                    reason: indexes can be rebuilt
                  - match: {category: D}
                    action: deny
                    reason: destructive
                default: require_confirmation
                """);
        Decision allowed = p.decide(report(finding("DS-DROP-INDEX", Category.D, Severity.HIGH, "a")), EngineKind.H2, null);
        assertThat(allowed.action()).isEqualTo(Action.ALLOW);
        assertThat(allowed.matched()).extracting(MatchedRule::rule).containsExactly("rules[0]");
        assertThat(allowed.matched().get(0).line()).isEqualTo(3);
        assertThat(allowed.reason()).startsWith("indexes can be rebuilt [rules[0] at line 3: finding 1: DS-DROP-INDEX");
        assertThat(decide(p, report(finding("DS-DROP-TABLE", Category.D, Severity.HIGH, "a")))).isEqualTo(Action.DENY);
        Decision byDefault = p.decide(report(finding("DS-ADD", Category.L, Severity.LOW, "a")), EngineKind.H2, null);
        assertThat(byDefault.action()).isEqualTo(Action.REQUIRE_CONFIRMATION);
        assertThat(byDefault.matched().get(0).rule()).isEqualTo("default");
        assertThat(byDefault.matched().get(0).line()).isEqualTo(9);
    }

    @Test
    void thePlansDecisionIsTheStrictestOverItsFindings() {
        Policy p = policy("""
                version: 1
                rules:
                  - match: {category: F}
                    action: require_confirmation
                    reason: may fail on data
                  - match: {category: D}
                    action: deny
                    reason: destructive
                default: allow
                """);
        Finding low = finding("A", Category.L, Severity.LOW, "a");
        Finding fails = finding("B", Category.F, Severity.MEDIUM, "b");
        Finding destroys = finding("C", Category.D, Severity.HIGH, "c");
        assertThat(decide(p, report(low))).isEqualTo(Action.ALLOW);
        assertThat(decide(p, report(low, fails))).isEqualTo(Action.REQUIRE_CONFIRMATION);
        Decision d = p.decide(report(low, destroys, fails), EngineKind.H2, null);
        assertThat(d.action()).isEqualTo(Action.DENY);
        assertThat(d.matched()).extracting(MatchedRule::action)
                .containsExactly(Action.ALLOW, Action.DENY, Action.REQUIRE_CONFIRMATION);
        assertThat(d.matched()).extracting(MatchedRule::subject).containsExactly(
                "finding 1: A (statement 1, table a, low)", "finding 2: C (statement 1, table c, high)",
                "finding 3: B (statement 1, table b, medium)");
        assertThat(d.reason()).startsWith("destructive [rules[1] at line 6: finding 2: C");
        assertThat(decide(p, report())).isEqualTo(Action.ALLOW);
        assertThat(p.decide(report(), EngineKind.H2, null).reason()).isEqualTo("no findings and no plan-wide rule matched");
    }

    @Test
    void defaultsWhenTheFileSaysLittle() {
        Policy p = policy("version: 1\n");
        assertThat(p.rules()).isEmpty();
        assertThat(p.defaultAction()).isEqualTo(Action.ALLOW);
        assertThat(p.confirmation().expiry()).isEqualTo(Duration.ofMinutes(15));
        // issue 9: elicitation is off unless a policy turns it on (a client can answer its own form)
        assertThat(p.confirmation().methods()).containsExactly(Confirmation.Method.TERMINAL);
        assertThat(p.confirmation().allowCiEnvironments()).isEmpty();
        assertThat(p.confirmation().allowedSigners()).isNull();
        Policy q = policy("version: 1\nconfirmation: {expiry: 90s, methods: [elicitation], allow_ci_environments: [ci, qa], "
                + "allowed_signers: keys/allowed_signers}\n");
        assertThat(q.confirmation().expiry()).isEqualTo(Duration.ofSeconds(90));
        assertThat(q.confirmation().methods()).containsExactly(Confirmation.Method.ELICITATION);
        // still parsed so older files stay valid, but `approve` no longer honours it (ApproveCommandTest)
        assertThat(q.confirmation().allowCiEnvironments()).containsExactly("ci", "qa");
        assertThat(q.confirmation().allowedSigners()).isEqualTo("keys/allowed_signers");
    }

    @Test
    void aRuleMayRequireSeveralApprovers() {
        Policy p = policy("""
                version: 1
                rules:
                  - match: {rule: DS-DROP-TABLE}
                    action: require_confirmation
                    approvals: 2
                  - match: {category: D}
                    action: require_confirmation
                """);
        assertThat(p.rules().get(0).approvals()).isEqualTo(2);
        assertThat(p.rules().get(1).approvals()).isEqualTo(1);
        assertThat(p.requiredApprovals(p.decide(report(finding("DS-DROP-TABLE", Category.D, Severity.HIGH, "orders")),
                EngineKind.POSTGRESQL, null))).isEqualTo(2);
        assertThat(p.requiredApprovals(p.decide(report(finding("DS-DROP-COLUMN", Category.D, Severity.HIGH, "orders")),
                EngineKind.POSTGRESQL, null))).isEqualTo(1);
        SchemactlException zero = catchThrowableOfType(SchemactlException.class, () -> policy(
                "version: 1\nrules:\n  - match: {}\n    action: require_confirmation\n    approvals: 0\n"));
        assertThat(zero.getMessage()).contains("line 5: rules[0].approvals: must be at least 1 (got 0)");
    }

    @Test
    void everyShippedPolicyAndTheBuiltInDefaultKeepElicitationOff() throws Exception {
        assertThat(Policy.builtinDefault().confirmation().methods()).containsExactly(Confirmation.Method.TERMINAL);
        try (var files = java.nio.file.Files.list(repoPolicies())) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".yaml")).sorted().toList()) {
                Policy p = Policy.load(f);
                assertThat(p.confirmation().methods()).as(f.toString()).doesNotContain(Confirmation.Method.ELICITATION);
                assertThat(p.confirmation().allowCiEnvironments()).as(f.toString()).isEmpty();
            }
        }
        assertThat(Policy.digestOf(null)).isEqualTo(Policy.digestOf(repoPolicies().resolve("default.yaml")));
    }

    // --- shipped policies ----------------------------------------------------------------------------

    @Test
    void shippedDefaultPolicy() {
        Policy p = Policy.load(repoPolicies().resolve("default.yaml"));
        assertThat(decide(p, report(finding("DS-DROP-SCHEMA", Category.D, Severity.CRITICAL, null)))).isEqualTo(Action.DENY);
        assertThat(decide(p, report(finding("DS-DROP-TABLE", Category.D, Severity.HIGH, "orders"))))
                .isEqualTo(Action.REQUIRE_CONFIRMATION);
        assertThat(decide(p, report(finding("DS-DROP-INDEX", Category.D, Severity.LOW, "orders"))))
                .isEqualTo(Action.REQUIRE_CONFIRMATION);
        assertThat(decide(p, report(finding("LK-REWRITE", Category.L, Severity.CRITICAL, "orders"))))
                .isEqualTo(Action.REQUIRE_CONFIRMATION);
        assertThat(decide(p, report(finding("LK-REWRITE", Category.L, Severity.HIGH, "orders")))).isEqualTo(Action.ALLOW);
        // three high lock findings: 35 + floor(70/4) = 52, still below critical
        assertThat(decide(p, report(finding("L1", Category.L, Severity.HIGH, "a"), finding("L2", Category.L, Severity.HIGH, "b"),
                finding("L3", Category.L, Severity.HIGH, "c")))).isEqualTo(Action.ALLOW);
        // four: 35 + floor(105/4) = 61, critical as a plan
        assertThat(decide(p, report(finding("L1", Category.L, Severity.HIGH, "a"), finding("L2", Category.L, Severity.HIGH, "b"),
                finding("L3", Category.L, Severity.HIGH, "c"), finding("L4", Category.L, Severity.HIGH, "d"))))
                .isEqualTo(Action.REQUIRE_CONFIRMATION);
        assertThat(decide(p, report(finding("BR-RENAME", Category.B, Severity.MEDIUM, "a")))).isEqualTo(Action.ALLOW);
        assertThat(p.confirmation().expiry()).isEqualTo(Duration.ofMinutes(15));
        assertThat(p.confirmation().allowCiEnvironments()).isEmpty();
    }

    @Test
    void shippedStrictPolicy() {
        Policy p = Policy.load(repoPolicies().resolve("strict.yaml"));
        RiskReport drop = report(finding("DS-DROP-COLUMN", Category.D, Severity.MEDIUM, "orders"));
        RiskReport lock = report(finding("LK-REWRITE", Category.L, Severity.HIGH, "orders"));
        RiskReport mild = report(finding("LK-SHORT", Category.L, Severity.MEDIUM, "orders"));
        assertThat(p.decide(drop, EngineKind.POSTGRESQL, "production").action()).isEqualTo(Action.DENY);
        assertThat(p.decide(lock, EngineKind.POSTGRESQL, "production").action()).isEqualTo(Action.REQUIRE_CONFIRMATION);
        assertThat(p.decide(mild, EngineKind.POSTGRESQL, "production").action()).isEqualTo(Action.ALLOW);
        // outside production: like the default policy
        assertThat(p.decide(drop, EngineKind.POSTGRESQL, "staging").action()).isEqualTo(Action.REQUIRE_CONFIRMATION);
        assertThat(p.decide(lock, EngineKind.POSTGRESQL, "staging").action()).isEqualTo(Action.ALLOW);
        assertThat(p.decide(drop, EngineKind.POSTGRESQL, null).action()).isEqualTo(Action.REQUIRE_CONFIRMATION);
        // medium findings that add up to a high plan in production
        RiskReport adds = report(finding("A", Category.L, Severity.MEDIUM, "a"), finding("B", Category.F, Severity.MEDIUM, "b"),
                finding("C", Category.F, Severity.MEDIUM, "c"), finding("D", Category.F, Severity.MEDIUM, "d"),
                finding("E", Category.F, Severity.MEDIUM, "e"), finding("F", Category.F, Severity.MEDIUM, "f"));
        assertThat(adds.score()).isEqualTo(33);
        assertThat(p.decide(adds, EngineKind.POSTGRESQL, "production").action()).isEqualTo(Action.ALLOW);
        RiskReport more = report(finding("A", Category.L, Severity.MEDIUM, "a"), finding("B", Category.F, Severity.MEDIUM, "b"),
                finding("C", Category.F, Severity.MEDIUM, "c"), finding("D", Category.F, Severity.MEDIUM, "d"),
                finding("E", Category.F, Severity.MEDIUM, "e"), finding("F", Category.F, Severity.MEDIUM, "f"),
                finding("G", Category.F, Severity.MEDIUM, "g"));
        assertThat(more.score()).isEqualTo(37);
        assertThat(p.decide(more, EngineKind.POSTGRESQL, "production").action()).isEqualTo(Action.REQUIRE_CONFIRMATION);
        assertThat(p.confirmation().methods()).containsExactly(Confirmation.Method.TERMINAL);
    }

    @Test
    void shippedDevPolicyAllowsEverythingButStillReportsIt() {
        Policy p = Policy.load(repoPolicies().resolve("dev.yaml"));
        Decision d = p.decide(report(finding("DS-DROP-SCHEMA", Category.D, Severity.CRITICAL, null),
                finding("DS-DROP-TABLE", Category.D, Severity.CRITICAL, "orders")), EngineKind.POSTGRESQL, "production");
        assertThat(d.action()).isEqualTo(Action.ALLOW);
        assertThat(d.matched()).hasSize(2).extracting(MatchedRule::subject)
                .containsExactly("finding 1: DS-DROP-SCHEMA (statement 1, critical)",
                        "finding 2: DS-DROP-TABLE (statement 1, table orders, critical)");
        // issue 9: dev.yaml no longer lists CI environments (approve never runs without a terminal)
        assertThat(p.confirmation().allowCiEnvironments()).isEmpty();
    }

    @Test
    void everyShippedPolicyConfirmsOpaqueCodeOnADatabaseWithRows() {
        RiskReport rows = report(finding("DS-OPAQUE-CODE", Category.D, Severity.MEDIUM, null));
        RiskReport empty = report(finding("DS-OPAQUE-CODE", Category.D, Severity.INFO, null));
        for (Policy p : List.of(Policy.builtinDefault(), Policy.load(repoPolicies().resolve("default.yaml")),
                Policy.load(repoPolicies().resolve("strict.yaml")), Policy.load(repoPolicies().resolve("dev.yaml")))) {
            assertThat(p.decide(rows, EngineKind.POSTGRESQL, null).action()).as(p.source()).isEqualTo(Action.REQUIRE_CONFIRMATION);
            assertThat(p.decide(rows, EngineKind.MARIADB, "staging").action()).as(p.source()).isEqualTo(Action.REQUIRE_CONFIRMATION);
            // strict.yaml confirms every destructive finding, even on empty tables
            assertThat(p.decide(empty, EngineKind.POSTGRESQL, null).action()).as(p.source())
                    .isEqualTo(p.source().endsWith("strict.yaml") ? Action.REQUIRE_CONFIRMATION : Action.ALLOW);
        }
        Policy strict = Policy.load(repoPolicies().resolve("strict.yaml"));
        assertThat(strict.decide(rows, EngineKind.POSTGRESQL, "production").action()).isEqualTo(Action.DENY);
        for (String rule : List.of("DS-DELETE-ROWS", "DS-UPDATE-ROWS", "DD-USING-DISCARDS")) {
            RiskReport r = report(finding(rule, Category.D, Severity.MEDIUM, "victim"));
            assertThat(decide(Policy.builtinDefault(), r)).as(rule).isEqualTo(Action.REQUIRE_CONFIRMATION);
        }
    }

    @Test
    void builtinDefaultIsTheShippedDefault() throws IOException {
        String shipped = Files.readString(repoPolicies().resolve("default.yaml"));
        try (var in = Policy.class.getResourceAsStream("/policies/default.yaml")) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(shipped);
        }
        Policy builtin = Policy.builtinDefault();
        Policy file = Policy.load(repoPolicies().resolve("default.yaml"));
        assertThat(builtin.rules()).isEqualTo(file.rules());
        assertThat(builtin.source()).isEqualTo("built-in default policy");
    }

    // --- validation errors name the field and the line ---------------------------------------------------

    private SchemactlException loadError(String yaml) throws IOException {
        Path file = dir.resolve("policies/x.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        SchemactlException e = catchThrowableOfType(SchemactlException.class, () -> Policy.load(file, dir));
        assertThat(e).as("policy should be refused").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
        assertThat(e.hint()).isNotBlank();
        return e;
    }

    @Test
    void badActionNamesFieldAndLine() throws IOException {
        SchemactlException e = loadError("""
                version: 1
                rules:
                  - match: {category: D}
                    action: require_confirmation
                  - match: {rule: DS-DROP-*}
                    action: block
                """);
        assertThat(e.getMessage()).isEqualTo("policies/x.yaml: line 6: rules[1].action: must be one of allow, "
                + "require_confirmation, deny (got 'block')");
    }

    @Test
    void unknownKeyNamesFieldAndLine() throws IOException {
        SchemactlException e = loadError("""
                version: 1
                rules:
                  - match:
                      rule: DS-DROP-*
                      colour: red
                    action: deny
                """);
        assertThat(e.getMessage()).isEqualTo("policies/x.yaml: line 5: rules[0].match.colour: unknown key (expected one of: "
                + "rule, category, severity_at_least, score_at_least, table, engine, environment)");
        SchemactlException top = loadError("version: 1\n\ndefaults: deny\n");
        assertThat(top.getMessage()).startsWith("policies/x.yaml: line 3: defaults: unknown key (expected one of: version, "
                + "confirmation, rules, default, online_schema_change)");
    }

    @Test
    void wrongTypeNamesFieldAndLine() throws IOException {
        SchemactlException e = loadError("""
                version: 1
                # a comment
                rules:
                  - match: {score_at_least: "60"}
                    action: deny
                """);
        assertThat(e.getMessage()).isEqualTo("policies/x.yaml: line 4: rules[0].match.score_at_least: must be an integer "
                + "(got a string '60')");
        SchemactlException list = loadError("version: 1\nrules:\n  match: {}\n");
        assertThat(list.getMessage()).isEqualTo("policies/x.yaml: line 2: rules: must be a list (got a mapping)");
    }

    @Test
    void otherProblems() throws IOException {
        assertThat(loadError("version: 2\n").getMessage()).isEqualTo("policies/x.yaml: line 1: version: must be 1 (got 2)");
        assertThat(loadError("rules: []\n").getMessage()).isEqualTo("policies/x.yaml: line 1: version: is required but missing");
        assertThat(loadError("version: 1\nconfirmation:\n  expiry: 15 minutes\n").getMessage())
                .isEqualTo("policies/x.yaml: line 3: confirmation.expiry: '15 minutes' is not a duration like 90s, 15m or 1h");
        assertThat(loadError("version: 1\nrules:\n  - match: {}\n    reason: missing action\n").getMessage())
                .isEqualTo("policies/x.yaml: line 3: rules[0].action: is required but missing");
        assertThat(loadError("version: 1\nrules:\n  - match: {severity_at_least: severe}\n    action: deny\n").getMessage())
                .isEqualTo("policies/x.yaml: line 3: rules[0].match.severity_at_least: must be one of info, low, medium, "
                        + "high, critical (got 'severe')");
        assertThat(loadError("version: 1\nrules:\n  - match: {score_at_least: 101}\n    action: deny\n").getMessage())
                .isEqualTo("policies/x.yaml: line 3: rules[0].match.score_at_least: must be at most 100 (got 101)");
    }

    @Test
    void severalProblemsReportTheFirstByLineAndCountTheRest() throws IOException {
        SchemactlException e = loadError("version: 1\nrules:\n  - match: {colour: red}\n    action: nope\ndefault: maybe\n");
        assertThat(e.getMessage()).startsWith("policies/x.yaml: line 3: rules[0].match.colour: unknown key");
        assertThat(e.hint()).contains("2 more problems after this one");
    }

    @Test
    void yamlSyntaxAndDuplicateKeysNameTheLine() throws IOException {
        SchemactlException syntax = loadError("version: 1\nrules:\n  - match: {rule: [unclosed\n    action: deny\n");
        assertThat(syntax.getMessage()).startsWith("policies/x.yaml: line ").contains(": invalid YAML: ");
        SchemactlException dup = loadError("version: 1\ndefault: allow\ndefault: deny\n");
        assertThat(dup.getMessage()).startsWith("policies/x.yaml: line 3: invalid YAML: ").contains("default");
        assertThat(loadError("").getMessage()).isEqualTo("policies/x.yaml: line 1: the policy file is empty");
    }

    @Test
    void missingFileIsAConfigError() {
        assertThatThrownBy(() -> Policy.load(dir.resolve("policies/nope.yaml"), dir))
                .isInstanceOfSatisfying(SchemactlException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
                    assertThat(e.getMessage()).isEqualTo("policy file policies/nope.yaml does not exist");
                });
    }
}
