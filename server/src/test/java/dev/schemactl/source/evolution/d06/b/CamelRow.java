package dev.schemactl.source.evolution.d06.b;

import jakarta.persistence.*;

@Entity
public class CamelRow {
    @Id Long id;
    String URLPath;
    String userID;
    String a1B2;
    String productName;
    String HTTPStatusCode;
    String lastIPAddress;
    String x2Y;
}
