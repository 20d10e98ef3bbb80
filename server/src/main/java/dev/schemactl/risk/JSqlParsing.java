package dev.schemactl.risk;

import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JSqlParser with one shared pool of parser threads. {@code CCJSqlParserUtil.parse(String)} starts and stops a
 * thread for every statement (it parses under a timeout); over a file of 100,000 statements that thread churn
 * was most of the scoring time.
 */
public final class JSqlParsing {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService PARSERS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "jsqlparser-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private JSqlParsing() {
    }

    /** One statement, parsed as {@link CCJSqlParserUtil#parse(String)} does (same timeout and fallbacks). */
    public static Statement parse(String sql) throws JSQLParserException {
        return CCJSqlParserUtil.parse(sql, PARSERS, null);
    }
}
