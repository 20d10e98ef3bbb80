package dev.schemactl.mcp;

import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * MCP prompts from {@code prompts/*.md}: a front-matter header (name, description, arguments, and
 * optionally {@code embed}: resource URIs whose text is attached) and a Markdown body where
 * {@code {{argument}}} is replaced by the argument's value.
 */
final class PromptLibrary {
    private static final Logger LOG = LoggerFactory.getLogger(PromptLibrary.class);
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R?(.*)\\z", Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*}}");
    private static final int MAX_ARGUMENT = 4096;

    record Argument(String name, String description, boolean required) {
    }

    record PromptFile(String name, String title, String description, List<Argument> arguments, List<String> embed, String body) {
    }

    private PromptLibrary() {
    }

    /** prompts/ in the project, else the one beside the tool (jar or classes dir: ../../prompts). */
    static Path locate(Path projectDir) {
        Path inProject = projectDir.resolve("prompts");
        if (Files.isDirectory(inProject)) return inProject;
        return builtin();
    }

    /** The prompts beside the tool only: a protected server never reads prompt files from a checkout agents write. */
    static Path builtin() {
        try {
            Path code = Path.of(PromptLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path beside = code.getParent().resolve("../../prompts").normalize();
            if (Files.isDirectory(beside)) return beside;
        } catch (URISyntaxException | RuntimeException e) {
            LOG.debug("cannot locate the tool's own prompts folder", e);
        }
        return null;
    }

    static List<PromptFile> load(Path dir) {
        if (dir == null) {
            LOG.warn("no prompts/ folder found in the project or beside the tool: serving no prompts");
            return List.of();
        }
        List<PromptFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                try {
                    out.add(parse(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
                } catch (IOException | IllegalArgumentException e) {
                    LOG.warn("skipping prompt {}: {}", p.getFileName(), e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", dir, e.getMessage());
        }
        return out;
    }

    static PromptFile parse(String fileName, String text) {
        Matcher m = FRONT_MATTER.matcher(text);
        if (!m.matches()) throw new IllegalArgumentException("no '---' front-matter header");
        JsonNode header = YAMLMapper.builder().build().readTree(m.group(1));
        String name = header.path("name").asString("");
        if (!name.matches("[a-z][a-z0-9_]*")) throw new IllegalArgumentException("missing or invalid 'name'");
        List<Argument> arguments = new ArrayList<>();
        for (JsonNode a : header.path("arguments")) {
            arguments.add(new Argument(a.path("name").asString(), a.path("description").asString(null),
                    a.path("required").asBoolean(false)));
        }
        List<String> embed = new ArrayList<>();
        for (JsonNode e : header.path("embed")) embed.add(e.asString());
        return new PromptFile(name, header.path("title").asString(null), header.path("description").asString(null),
                List.copyOf(arguments), List.copyOf(embed), m.group(2).strip() + "\n");
    }

    static McpServerFeatures.SyncPromptSpecification specification(PromptFile file, ResourceAdapter resources) {
        McpSchema.Prompt prompt = new McpSchema.Prompt(file.name(), file.title(), file.description(),
                file.arguments().stream().map(a -> new McpSchema.PromptArgument(a.name(), a.description(), a.required())).toList());
        return new McpServerFeatures.SyncPromptSpecification(prompt, (exchange, request) -> render(file, request.arguments(), resources));
    }

    static McpSchema.GetPromptResult render(PromptFile file, Map<String, Object> given, ResourceAdapter resources) {
        Map<String, Object> args = given == null ? Map.of() : given;
        for (String key : args.keySet()) {
            if (file.arguments().stream().noneMatch(a -> a.name().equals(key))) {
                throw invalid("prompt " + file.name() + " has no argument '" + (key.length() > 40 ? key.substring(0, 40) + "…" : key) + "'");
            }
            if (String.valueOf(args.get(key)).length() > MAX_ARGUMENT) {
                throw invalid("argument '" + key + "' is longer than " + MAX_ARGUMENT + " characters");
            }
        }
        for (Argument a : file.arguments()) {
            if (a.required() && (args.get(a.name()) == null || String.valueOf(args.get(a.name())).isBlank())) {
                throw invalid("prompt " + file.name() + " needs the argument '" + a.name() + "'");
            }
        }
        List<McpSchema.PromptMessage> messages = new ArrayList<>();
        messages.add(new McpSchema.PromptMessage(McpSchema.Role.USER, new McpSchema.TextContent(substitute(file.body(), args))));
        for (String uriTemplate : file.embed()) {
            String uri = substitute(uriTemplate, args);
            if (PLACEHOLDER.matcher(uriTemplate).find() && uri.endsWith("/")) continue; // optional argument not given
            McpSchema.ReadResourceResult read = resources.read(uri);
            for (McpSchema.ResourceContents contents : read.contents()) {
                messages.add(new McpSchema.PromptMessage(McpSchema.Role.USER, new McpSchema.EmbeddedResource(null, contents)));
            }
        }
        return new McpSchema.GetPromptResult(file.description(), messages);
    }

    private static String substitute(String text, Map<String, Object> args) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object v = args.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? "" : String.valueOf(v)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static McpError invalid(String message) {
        return McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS).message(message).build();
    }
}
