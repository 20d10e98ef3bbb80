package dev.schemactl.examples.shop;

public enum OrderStatus {
    NEW, PAID, SHIPPED, CANCELLED
}
