package dev.schemactl.source.evolution.d06.a;

import jakarta.persistence.*;

@Entity
public class CamelRow {
    @Id Long id;
    String URLPath;
    String userID;
    String a1B2;
    String productName;
}
