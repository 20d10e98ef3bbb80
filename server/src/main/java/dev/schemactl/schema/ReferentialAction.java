package dev.schemactl.schema;

public enum ReferentialAction {
    NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT;

    public String sql() {
        return name().replace('_', ' ');
    }
}
