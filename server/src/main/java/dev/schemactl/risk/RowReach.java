package dev.schemactl.risk;

import dev.schemactl.schema.Index;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.UniqueConstraint;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.Select;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * How many rows a DELETE / UPDATE WHERE reaches, read from its expression: none at all (no WHERE), every row (a WHERE
 * that references no column of the row, such as {@code 1 = 1}, or an OR with such a branch), a few rows picked by key
 * (every column of the primary key or of a unique key pinned to values by {@code =} or {@code IN (values)}), or any
 * number (everything else). Only the last two depend on the table's keys.
 */
final class RowReach {
    private static final Set<String> BOOLEAN_WORDS = Set.of("true", "false", "null", "unknown");

    private RowReach() {
    }

    /** The reach of a WHERE on {@code table} (empty when the table is unknown); null when it picks rows by key. */
    static Op.Reach of(Expression where, Optional<Table> table, UnaryOperator<String> ident) {
        if (where == null) return Op.Reach.EVERY_ROW;
        if (alwaysTrue(where)) return Op.Reach.ALWAYS_TRUE;
        Set<String> pinned = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Expression conjunct : conjuncts(where)) {
            if (conjunct instanceof EqualsTo eq) {
                if (eq.getLeftExpression() instanceof Column c && constant(eq.getRightExpression())) pinned.add(ident.apply(c.getColumnName()));
                if (eq.getRightExpression() instanceof Column c && constant(eq.getLeftExpression())) pinned.add(ident.apply(c.getColumnName()));
            } else if (conjunct instanceof InExpression in && !in.isNot() && in.getLeftExpression() instanceof Column c
                    && in.getRightExpression() instanceof ExpressionList<?> list && constant(list)) {
                pinned.add(ident.apply(c.getColumnName()));
            }
        }
        if (table.isPresent() && !pinned.isEmpty() && keys(table.get()).stream().anyMatch(pinned::containsAll)) return null;
        return Op.Reach.NOT_BY_KEY;
    }

    /** True when the WHERE keeps only rows where every one of {@code columns} IS NULL (an UPDATE that fills gaps). */
    static boolean onlyNull(Expression where, List<String> columns, UnaryOperator<String> ident) {
        if (where == null || columns.isEmpty()) return false;
        Set<String> nulls = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Expression conjunct : conjuncts(where)) {
            if (conjunct instanceof IsNullExpression n && !n.isNot() && n.getLeftExpression() instanceof Column c) {
                nulls.add(ident.apply(c.getColumnName()));
            }
        }
        return nulls.containsAll(columns);
    }

    /** The columns (of the row) an expression reads; boolean words JSqlParser reads as columns are left out. */
    static Set<String> columns(Expression e) {
        Set<String> out = new TreeSet<>();
        e.accept(new ExpressionVisitorAdapter<Void>() {
            @Override
            public <S> Void visit(Column column, S context) {
                if (!BOOLEAN_WORDS.contains(column.getColumnName().toLowerCase(Locale.ROOT))) out.add(column.getColumnName());
                return null;
            }

            @Override
            public <S> Void visit(Select select, S context) {
                // a subquery reads other rows, not the row's own columns; it still counts as depending on data
                out.add("(subquery)");
                return null;
            }
        });
        return out;
    }

    private static boolean alwaysTrue(Expression e) {
        Expression x = unwrap(e);
        if (x instanceof OrExpression or) return alwaysTrue(or.getLeftExpression()) || alwaysTrue(or.getRightExpression());
        if (x instanceof AndExpression and) return alwaysTrue(and.getLeftExpression()) && alwaysTrue(and.getRightExpression());
        if (x instanceof EqualsTo eq && eq.getLeftExpression() instanceof Column l && eq.getRightExpression() instanceof Column r
                && l.getColumnName().equalsIgnoreCase(r.getColumnName())) {
            return true;
        }
        if (columns(x).isEmpty()) return !Boolean.FALSE.equals(truth(x));
        return false;
    }

    /** The value of a constant condition when it is plainly true or false; null when it cannot be told. */
    private static Boolean truth(Expression e) {
        Expression x = unwrap(e);
        if (x instanceof BooleanValue b) return b.getValue();
        if (x instanceof Column c) {
            String w = c.getColumnName().toLowerCase(Locale.ROOT);
            if (w.equals("true")) return true;
            if (w.equals("false") || w.equals("null")) return false;
        }
        if (x instanceof EqualsTo eq) {
            String l = literal(eq.getLeftExpression());
            String r = literal(eq.getRightExpression());
            if (l != null && r != null) return l.equals(r);
        }
        if (x instanceof NotEqualsTo ne) {
            String l = literal(ne.getLeftExpression());
            String r = literal(ne.getRightExpression());
            if (l != null && r != null) return !l.equals(r);
        }
        return null;
    }

    private static String literal(Expression e) {
        Expression x = unwrap(e);
        if (x instanceof LongValue l) return "n" + l.getValue();
        if (x instanceof DoubleValue d) return "n" + d.getValue();
        if (x instanceof StringValue s) return "s" + s.getValue();
        return null;
    }

    private static boolean constant(Expression e) {
        return columns(e).isEmpty();
    }

    private static List<Expression> conjuncts(Expression e) {
        List<Expression> out = new ArrayList<>();
        Expression x = unwrap(e);
        if (x instanceof AndExpression and) {
            out.addAll(conjuncts(and.getLeftExpression()));
            out.addAll(conjuncts(and.getRightExpression()));
        } else if (x instanceof InExpression in && in.getRightExpression() instanceof AndExpression and
                && and.getLeftExpression() instanceof ExpressionList<?>) {
            // JSqlParser 5.3 reads "a IN (1, 2) AND b = 3" as "a IN ((1, 2) AND b = 3)": take it apart again
            InExpression head = new InExpression(in.getLeftExpression(), and.getLeftExpression());
            head.setNot(in.isNot());
            out.add(head);
            out.addAll(conjuncts(and.getRightExpression()));
        } else {
            out.add(x);
        }
        return out;
    }

    private static Expression unwrap(Expression e) {
        Expression x = e;
        while (x instanceof ExpressionList<?> list && list.size() == 1 && !(x instanceof InExpression)) {
            Expression inner = list.get(0);
            if (inner == x) break;
            x = inner;
        }
        return x;
    }

    /**
     * The column sets that identify one row: the primary key, unique constraints and unique indexes without a predicate
     * (an expression key never matches a pinned column name, so it never counts).
     */
    private static List<List<String>> keys(Table t) {
        List<List<String>> out = new ArrayList<>();
        if (t.primaryKey() != null && !t.primaryKey().columns().isEmpty()) out.add(t.primaryKey().columns());
        for (UniqueConstraint u : t.uniques()) if (!u.columns().isEmpty()) out.add(u.columns());
        for (Index i : t.indexes()) {
            // a partial unique index (WHERE ...) lets rows outside its predicate repeat the key: not a key of the table
            if (i.unique() && i.predicate() == null && !i.columnNames().isEmpty()) out.add(i.columnNames());
        }
        return out;
    }
}
