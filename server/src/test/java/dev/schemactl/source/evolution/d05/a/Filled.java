package dev.schemactl.source.evolution.d05.a;

import jakarta.persistence.*;

@Entity @Table(name = "filled")
public class Filled {
    @Id Long id;
    String email;
}
