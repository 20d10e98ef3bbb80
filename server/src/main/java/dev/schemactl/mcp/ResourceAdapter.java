package dev.schemactl.mcp;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/** Turns {@link McpResource}s into SDK specifications; failures become clean JSON-RPC errors. */
final class ResourceAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(ResourceAdapter.class);
    private final List<McpResource> resources;
    private final McpProject project;

    ResourceAdapter(List<McpResource> resources, McpProject project) {
        this.resources = List.copyOf(resources);
        this.project = project;
    }

    List<McpServerFeatures.SyncResourceSpecification> fixed() {
        return resources.stream().filter(r -> !r.isTemplate())
                .map(r -> new McpServerFeatures.SyncResourceSpecification(
                        McpSchema.Resource.builder().uri(r.uri()).name(r.name()).title(r.title())
                                .description(r.description()).mimeType(r.mimeType()).build(),
                        (exchange, request) -> read(request.uri())))
                .toList();
    }

    List<McpServerFeatures.SyncResourceTemplateSpecification> templates() {
        return resources.stream().filter(McpResource::isTemplate)
                .map(r -> new McpServerFeatures.SyncResourceTemplateSpecification(
                        McpSchema.ResourceTemplate.builder().uriTemplate(r.uri()).name(r.name()).title(r.title())
                                .description(r.description()).mimeType(r.mimeType()).build(),
                        (exchange, request) -> read(request.uri())))
                .toList();
    }

    /** Reads a resource by URI (also for prompts that embed one); throws McpError with one clean sentence. */
    McpSchema.ReadResourceResult read(String uri) {
        McpResource resource = find(uri).orElseThrow(() -> McpError.builder(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND)
                .message("no resource " + shorten(uri)).build());
        try {
            String text = resource.read(uri, project);
            return new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(uri, resource.mimeType(), text)));
        } catch (SchemactlException e) {
            int code = e.code() == ErrorCode.NOT_FOUND ? McpSchema.ErrorCodes.RESOURCE_NOT_FOUND
                    : e.code() == ErrorCode.USAGE ? McpSchema.ErrorCodes.INVALID_PARAMS : McpSchema.ErrorCodes.INTERNAL_ERROR;
            throw McpError.builder(code).message(project.mask(e.oneLine())).build();
        } catch (RuntimeException e) {
            LOG.warn("reading {} failed: {}", shorten(uri), project.mask(String.valueOf(e)));
            throw McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR)
                    .message("could not read " + shorten(uri) + ": " + e.getClass().getSimpleName()).build();
        }
    }

    private Optional<McpResource> find(String uri) {
        if (uri == null) return Optional.empty();
        for (McpResource r : resources) {
            if (!r.isTemplate() && r.uri().equals(uri)) return Optional.of(r);
        }
        for (McpResource r : resources) {
            if (r.isTemplate() && uri.startsWith(r.uri().substring(0, r.uri().indexOf('{')))) return Optional.of(r);
        }
        return Optional.empty();
    }

    private static String shorten(String uri) {
        if (uri == null) return "(no uri)";
        return uri.length() > 80 ? uri.substring(0, 80) + "…" : uri;
    }
}
