package dev.schemactl.service;

import dev.schemactl.engine.TypeNames;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;

import java.util.List;

/**
 * A schema as a Graphviz DOT digraph: one HTML-table node per table (a row per column: name, type, keys), one edge per
 * foreign key from the referencing column to the referenced one. Marks of a plan colour the header or the row; a
 * dropped column is struck through.
 */
final class DotErd {
    private DotErd() {
    }

    static String render(Schema schema, DiagramMarks marks, TypeNames types) {
        StringBuilder out = new StringBuilder("digraph schema {\n");
        out.append("  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=9, nodesep=0.4, ranksep=0.8, labelloc=b, "
                + "label=\"* not null   PK primary key   FK foreign key   UK unique\"];\n");
        out.append("  node [shape=plain, fontname=\"Helvetica\", fontsize=10];\n");
        out.append("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#57606a\", dir=both, arrowtail=crow, arrowhead=tee];\n");
        for (Table t : schema.tables()) {
            ErdTable table = ErdTable.of(t, types);
            DiagramMarks.Mark tableMark = marks.table(t.key());
            out.append("  ").append(id(t.key())).append(" [label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
            out.append("    <tr><td colspan=\"3\" bgcolor=\"").append(header(tableMark)).append("\"><b>").append(html(t.key()))
                    .append("</b>").append(tableMark == null ? "" : " <i>(" + MermaidErd.word(tableMark) + ")</i>")
                    .append("</td></tr>\n");
            List<ErdTable.ErdColumn> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                ErdTable.ErdColumn c = columns.get(i);
                DiagramMarks.Mark mark = marks.column(t.key(), c.name());
                String bg = mark == null ? "" : " bgcolor=\"" + row(mark) + "\"";
                String name = html(c.name()) + (c.nullable() || c.keys().contains("PK") ? "" : " *");
                if (mark == DiagramMarks.Mark.DROPPED) name = "<s>" + name + "</s>";
                out.append("    <tr><td port=\"c").append(i).append("\" align=\"left\"").append(bg).append('>').append(name)
                        .append("</td><td align=\"left\"").append(bg).append('>').append(html(c.type()))
                        .append("</td><td port=\"k").append(i).append("\" align=\"left\"").append(bg).append('>')
                        .append(String.join(" ", c.keys()))
                        .append("</td></tr>\n");
            }
            out.append("  </table>>];\n");
        }
        for (Table t : schema.tables()) {
            for (ForeignKey f : t.foreignKeys()) {
                int from = port(t, f.columns().get(0));
                int to = schema.table(f.referencedKey()).map(r -> port(r, f.referencedColumns().get(0))).orElse(-1);
                out.append("  ").append(id(t.key())).append(from >= 0 ? ":k" + from + ":e" : "").append(" -> ")
                        .append(id(f.referencedKey())).append(to >= 0 ? ":c" + to + ":w" : "")
                        .append(" [tooltip=\"").append(html(t.key() + "(" + String.join(",", f.columns()) + ") -> "
                                + f.referencedKey() + "(" + String.join(",", f.referencedColumns()) + ")")).append("\"];\n");
            }
        }
        return out.append("}\n").toString();
    }

    private static int port(Table t, String column) {
        for (int i = 0; i < t.columns().size(); i++) if (t.columns().get(i).name().equals(column)) return i;
        return -1;
    }

    private static String header(DiagramMarks.Mark mark) {
        if (mark == null) return "#ddf4ff";
        return row(mark);
    }

    private static String row(DiagramMarks.Mark mark) {
        return switch (mark) {
            case ADDED -> "#dafbe1";
            case CHANGED -> "#fff8c5";
            case DROPPED -> "#ffebe9";
            case KEPT -> "#eaeef2";
        };
    }

    private static String id(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
