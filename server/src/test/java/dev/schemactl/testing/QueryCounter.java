package dev.schemactl.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a real JDBC connection and counts every statement execution made through it (Statement,
 * PreparedStatement and CallableStatement execute* calls). DatabaseMetaData is refused, so nothing can
 * query the catalog behind the counter's back.
 */
public final class QueryCounter {
    private final AtomicInteger executions = new AtomicInteger();
    private final Connection connection;

    private QueryCounter(Connection target) {
        this.connection = (Connection) Proxy.newProxyInstance(QueryCounter.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getMetaData")) {
                        throw new UnsupportedOperationException("DatabaseMetaData would run uncounted queries");
                    }
                    Object result = invoke(target, method, args);
                    if (result instanceof CallableStatement s) return counting(s, CallableStatement.class);
                    if (result instanceof PreparedStatement s) return counting(s, PreparedStatement.class);
                    if (result instanceof Statement s) return counting(s, Statement.class);
                    return result;
                });
    }

    public static QueryCounter wrap(Connection target) {
        return new QueryCounter(target);
    }

    /** The counting connection to hand to the code under test. */
    public Connection connection() {
        return connection;
    }

    public int executions() {
        return executions.get();
    }

    private <T extends Statement> T counting(T statement, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) executions.incrementAndGet();
            return invoke(statement, method, args);
        };
        return type.cast(Proxy.newProxyInstance(QueryCounter.class.getClassLoader(), new Class<?>[]{type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
