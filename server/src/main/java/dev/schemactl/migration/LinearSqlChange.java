package dev.schemactl.migration;

import liquibase.change.core.RawSQLChange;
import liquibase.database.Database;
import liquibase.database.core.Db2zDatabase;
import liquibase.database.core.MSSQLDatabase;
import liquibase.database.core.PostgresDatabase;
import liquibase.exception.DatabaseException;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.RawCompoundStatement;
import liquibase.statement.core.RawSqlStatement;
import liquibase.util.grammar.SimpleCharStream;
import liquibase.util.grammar.SimpleSqlGrammar;
import liquibase.util.grammar.SimpleSqlGrammarConstants;
import liquibase.util.grammar.SimpleSqlGrammarTokenManager;
import liquibase.util.grammar.Token;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a formatted-SQL changeset, split into statements in linear time. Liquibase 4.33 splits a changeset's
 * SQL (StringUtil.processMultiLineSQL) by collecting its tokens in a StringClauses, which gets slower with every
 * token it holds: a changeset of 100,000 INSERTs took minutes, and the split runs for every execution and for the
 * logs. This change splits the same tokens (Liquibase's own SQL grammar, comments dropped unless stripComments is
 * off) by the same rules (";" and "GO" or "/" at the start of a line end a statement, except inside BEGIN ... END),
 * so the statements are exactly Liquibase's, but for one thing on PostgreSQL: a dollar-quoted string is never split
 * ({@link #postgresTokens}); changesets with an end delimiter keep Liquibase's own path. The SQL text, and so the
 * checksum, are untouched.
 */
public final class LinearSqlChange extends RawSQLChange {

    @Override
    public SqlStatement[] generateStatements(Database database) {
        String sql = getSql() == null ? null : getSql().trim();
        if (sql == null || sql.isEmpty() || isRerunnable() || !Boolean.TRUE.equals(isSplitStatements())
                || getEndDelimiter() != null) {
            return super.generateStatements(database);
        }
        boolean comments = !Boolean.TRUE.equals(isStripComments());
        List<String> tokens = database instanceof PostgresDatabase
                ? postgresTokens(normalizeLineEndings(sql), comments) : tokens(normalizeLineEndings(sql), comments);
        if (tokens == null) return super.generateStatements(database); // Liquibase reports the grammar error
        List<SqlStatement> out = new ArrayList<>();
        for (String statement : split(tokens)) {
            if (database instanceof MSSQLDatabase) statement = statement.replaceAll("\\n", "\r\n");
            String escaped = statement;
            try {
                // pgjdbc's nativeSQL turns every ? outside quotes into $1, $2, ...: the jsonb operators ?, ?| and ?&
                // became syntax errors (Liquibase issue 2032); PostgreSQL SQL is sent as written
                if (database.getConnection() != null && !(database instanceof PostgresDatabase)) {
                    escaped = database.getConnection().nativeSQL(statement);
                }
            } catch (DatabaseException e) {
                escaped = statement;
            }
            out.add(database instanceof Db2zDatabase && escaped.toUpperCase().startsWith("CALL")
                    ? new RawCompoundStatement(escaped, null) : new RawSqlStatement(escaped, null));
        }
        return out.toArray(SqlStatement.EMPTY_SQL_STATEMENT);
    }

    /**
     * Every token's text, whitespace included, comments when {@code comments}, as Liquibase's StandardSqlParser reads
     * them; null on a grammar error.
     */
    static List<String> tokens(String sql, boolean comments) {
        List<Piece> pieces = pieces(sql);
        return pieces == null ? null : texts(pieces, comments);
    }

    /**
     * The tokens as {@link #tokens} reads them, except that a PostgreSQL dollar-quoted string ({@code $$ ... $$},
     * {@code $function$ ... $function$}) is one token, comments inside it included: Liquibase's grammar knows no dollar
     * quotes, so it split a LANGUAGE sql function body at its first ";" (pg_get_functiondef writes such bodies, and
     * no BEGIN ... END holds them together as in plpgsql); null on a grammar error.
     */
    static List<String> postgresTokens(String sql, boolean comments) {
        List<Piece> pieces = pieces(sql);
        if (pieces == null) return null;
        StringBuilder all = new StringBuilder();
        pieces.forEach(p -> all.append(p.text()));
        if (!all.toString().equals(sql)) return texts(pieces, comments); // offsets unknown: as Liquibase reads it
        List<int[]> quoted = PostgresDollarQuotes.ranges(sql);
        List<Piece> merged = new ArrayList<>();
        int offset = 0;
        int range = 0;
        StringBuilder body = null;
        for (Piece p : pieces) {
            int start = offset;
            offset += p.text().length();
            while (range < quoted.size() && quoted.get(range)[1] <= start) {
                if (body != null) {
                    merged.add(new Piece(body.toString(), false));
                    body = null;
                }
                range++;
            }
            if (range < quoted.size() && start < quoted.get(range)[1] && offset > quoted.get(range)[0]) {
                if (body == null) body = new StringBuilder();
                body.append(p.text());
            } else {
                if (body != null) {
                    merged.add(new Piece(body.toString(), false));
                    body = null;
                }
                merged.add(p);
            }
        }
        if (body != null) merged.add(new Piece(body.toString(), false));
        return texts(merged, comments);
    }

    /** A token's text and whether it is a comment. */
    private record Piece(String text, boolean comment) {
    }

    private static List<Piece> pieces(String sql) {
        List<Piece> pieces = new ArrayList<>();
        SimpleSqlGrammar grammar = new SimpleSqlGrammar(new SimpleSqlGrammarTokenManager(new SimpleCharStream(new StringReader(sql))));
        try {
            Token token = grammar.getNextToken();
            while (token != null && !token.toString().isEmpty()) {
                boolean comment = token.kind == SimpleSqlGrammarConstants.LINE_COMMENT
                        || token.kind == SimpleSqlGrammarConstants.MULTI_LINE_COMMENT;
                pieces.add(new Piece(token.image, comment));
                token = grammar.getNextToken();
            }
        } catch (Throwable e) { // the grammar's TokenMgrError is an Error
            return null;
        }
        return pieces;
    }

    private static List<String> texts(List<Piece> pieces, boolean comments) {
        return pieces.stream().filter(p -> comments || !p.comment()).map(Piece::text).toList();
    }

    /** Liquibase's StringUtil.processMultiLineSQL for split statements and no end delimiter. */
    static List<String> split(List<String> tokens) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        boolean previousDelimiter = false;
        // the parenthesis depth of each open BEGIN (always 0) or CASE. Not Liquibase's: BEGIN opens a block only where
        // a block can stand (see opensBlock), so a column named begin (`ADD COLUMN begin date`, `(id int, begin date)`)
        // no longer makes the rest of the changeset one statement (MariaDB: a syntax error); an END inside parentheses
        // closes only a CASE opened there
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        int parentheses = 0;
        List<String> leadingWords = new ArrayList<>(); // the current statement's first words, up to the block's BEGIN
        String previousWord = null;
        List<String> blockStatement = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String piece = tokens.get(i);
            if (piece.equals("(")) parentheses++;
            if (piece.equals(")") && parentheses > 0) parentheses--;
            if (piece.equalsIgnoreCase("BEGIN") && parentheses == 0 && (open.isEmpty() ? opensBlock(leadingWords)
                    : oneOf(previousWord, ";", "begin", "then", "else", "do", "loop", "repeat", ":") || handlerBody(blockStatement))) {
                String next = nextPiece(tokens, i);
                if (!oneOf(next, "transaction", "trans", "tran", "dialog", "conversation", "distributed")) open.push(0);
            }
            // not Liquibase's: a CASE ... END inside BEGIN ... END (a SQLite trigger body) would close the BEGIN early
            // and split the body; Liquibase's own statements were broken there, so nothing that ran changes
            if (piece.equalsIgnoreCase("CASE") && !open.isEmpty() && !"end".equalsIgnoreCase(previousWord)) open.push(parentheses);
            // not Liquibase's either: END IF / END LOOP / END WHILE / END REPEAT / END FOR close what never opened a
            // clause (MariaDB routine bodies: sakila's inventory_in_stock was cut at its first END IF)
            if (piece.equalsIgnoreCase("END") && !open.isEmpty() && open.peek() == parentheses
                    && !oneOf(nextPiece(tokens, i), "transaction", "trans", "tran", "if", "loop", "while", "repeat", "for")) {
                open.pop();
            }
            // the words of the statement inside the block so far (a handler's body: DECLARE ... HANDLER FOR 3141 BEGIN END)
            String w = trimToNull(piece);
            if (piece.equals(";") || piece.equalsIgnoreCase("BEGIN")) blockStatement.clear();
            else if (w != null && !w.startsWith("--") && !w.startsWith("/*") && blockStatement.size() < 12) blockStatement.add(w);
            int inClause = open.size();
            if (inClause == 0 && isDelimiter(piece, previous)) {
                String trimmed = trimToNull(current.toString());
                if (trimmed != null) out.add(trimmed);
                current = new StringBuilder();
                previousDelimiter = true;
                parentheses = 0;
                leadingWords.clear();
            } else {
                String word = trimToNull(piece);
                if (leadingWords.size() < 12 && word != null && !word.startsWith("--") && !word.startsWith("/*")) leadingWords.add(word);
                boolean blank = trimToNull(piece) == null;
                if ((!previousDelimiter || !blank) && (current.length() > 0 || !blank)) current.append(piece);
                previousDelimiter = false;
            }
            previous = piece;
            if (trimToNull(piece) != null) previousWord = piece.trim();
        }
        String trimmed = trimToNull(current.toString());
        if (trimmed != null) out.add(trimmed);
        return out;
    }

    /**
     * True when a BEGIN after these first words of a statement opens a block: it is the statement's first word (a
     * block, or a transaction as Liquibase reads it), the statement declares or is a DO (an anonymous block), or it
     * defines a trigger, routine or event, whose body it is. Inside a block, a BEGIN opens one where a statement starts.
     */
    private static boolean opensBlock(List<String> leadingWords) {
        if (leadingWords.isEmpty()) return true;
        String first = leadingWords.get(0);
        if (first.equalsIgnoreCase("DECLARE") || first.equalsIgnoreCase("DO")) return true;
        if (!first.equalsIgnoreCase("CREATE") && !first.equalsIgnoreCase("ALTER")) return false;
        for (String w : leadingWords) {
            if (oneOf(w, "trigger", "procedure", "function", "event", "package")) return true;
        }
        return false;
    }

    /**
     * True when the block's statement so far declares a handler ({@code DECLARE CONTINUE HANDLER FOR 3141}): its body may
     * be a BEGIN ... END (kea's routines: {@code ... FOR 3141 BEGIN END;}), whose END closed the routine's own BEGIN and
     * cut the routine in two (MariaDB: a syntax error).
     */
    private static boolean handlerBody(List<String> words) {
        return !words.isEmpty() && words.get(0).equalsIgnoreCase("DECLARE") && words.stream().anyMatch(x -> x.equalsIgnoreCase("HANDLER"));
    }

    private static boolean isDelimiter(String piece, String previous) {
        return ";".equals(piece) || (("go".equalsIgnoreCase(piece) || "/".equals(piece)) && (previous == null || previous.endsWith("\n")));
    }

    /** The next token that is not blank, trimmed (null at the end). */
    private static String nextPiece(List<String> tokens, int i) {
        for (int k = i + 1; k < tokens.size(); k++) {
            String t = trimToNull(tokens.get(k));
            if (t != null) return t;
        }
        return null;
    }

    private static boolean oneOf(String s, String... words) {
        for (String w : words) if (w.equalsIgnoreCase(s)) return true;
        return false;
    }

    private static String trimToNull(String s) {
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }
}
