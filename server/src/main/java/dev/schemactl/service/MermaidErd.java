package dev.schemactl.service;

import dev.schemactl.engine.TypeNames;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A schema as a Mermaid {@code erDiagram}: tables with their columns (type, name, PK/FK/UK, "not null"), foreign keys as
 * relationships (parent {@code ||--o{} child, {@code |o--o{} when the key columns are nullable). Marks of a plan become
 * classes ({@code classDef}/{@code class}: added green, changed yellow, dropped red, kept grey) and a word in the column
 * comment, so the meaning survives a renderer without colours.
 */
final class MermaidErd {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private MermaidErd() {
    }

    static String render(Schema schema, DiagramMarks marks, TypeNames types) {
        StringBuilder out = new StringBuilder("erDiagram\n");
        for (Table t : schema.tables()) {
            ErdTable table = ErdTable.of(t, types);
            out.append("    ").append(entity(t.key())).append(" {\n");
            for (ErdTable.ErdColumn c : table.columns()) {
                out.append("        ").append(type(c.type())).append(' ').append(attribute(c.name()));
                if (!c.keys().isEmpty()) out.append(' ').append(String.join(", ", c.keys()));
                List<String> notes = new ArrayList<>();
                if (!c.nullable() && !c.keys().contains("PK")) notes.add("not null");
                DiagramMarks.Mark mark = marks.column(t.key(), c.name());
                if (mark != null) notes.add(word(mark));
                if (!notes.isEmpty()) out.append(" \"").append(String.join(", ", notes)).append('"');
                out.append('\n');
            }
            out.append("    }\n");
        }
        for (Table t : schema.tables()) {
            for (ForeignKey f : t.foreignKeys()) {
                boolean optional = f.columns().stream().anyMatch(c -> t.column(c).map(col -> col.nullable()).orElse(true));
                out.append("    ").append(entity(f.referencedKey())).append(optional ? " |o--o{ " : " ||--o{ ")
                        .append(entity(t.key())).append(" : \"").append(String.join(", ", f.columns())).append("\"\n");
            }
        }
        if (!marks.tables().isEmpty()) {
            out.append("    classDef added fill:#dafbe1,stroke:#1a7f37\n");
            out.append("    classDef changed fill:#fff8c5,stroke:#9a6700\n");
            out.append("    classDef dropped fill:#ffebe9,stroke:#cf222e\n");
            out.append("    classDef kept fill:#eaeef2,stroke:#6e7781\n");
            marks.tables().forEach((table, mark) -> {
                if (schema.table(table).isPresent()) {
                    out.append("    class ").append(entity(table)).append(' ').append(mark.name().toLowerCase(Locale.ROOT)).append('\n');
                }
            });
        }
        return out.toString();
    }

    static String word(DiagramMarks.Mark mark) {
        return switch (mark) {
            case ADDED -> "added";
            case CHANGED -> "changed";
            case DROPPED -> "dropped";
            case KEPT -> "only in the database";
        };
    }

    private static String entity(String name) {
        return PLAIN_NAME.matcher(name).matches() ? name : "\"" + name.replace("\"", "") + "\"";
    }

    private static String attribute(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** Mermaid attribute types: a letter first, then letters, digits, '-', '_', '(', ')', '[', ']'. */
    private static String type(String spelling) {
        String t = spelling.trim().replace(", ", "_").replace(",", "_").replace(' ', '_').replaceAll("[^A-Za-z0-9_()\\[\\]-]", "");
        return t.isEmpty() || !Character.isLetter(t.charAt(0)) ? "t_" + t : t;
    }
}
