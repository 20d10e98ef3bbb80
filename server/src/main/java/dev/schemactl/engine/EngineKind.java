package dev.schemactl.engine;

public enum EngineKind {
    POSTGRESQL("postgresql"), MARIADB("mariadb"), H2("h2"), SQLITE("sqlite");

    private final String id;

    EngineKind(String id) {
        this.id = id;
    }

    /** The name written in migration file headers. */
    public String id() {
        return id;
    }

    public static EngineKind fromId(String id) {
        for (EngineKind k : values()) {
            if (k.id.equalsIgnoreCase(id) || (k == MARIADB && "mysql".equalsIgnoreCase(id))
                    || (k == SQLITE && "sqlite3".equalsIgnoreCase(id))) return k;
        }
        return null;
    }
}
