package dev.schemactl.examples.shop;

public enum CustomerStatus {
    ACTIVE, SUSPENDED, CLOSED
}
