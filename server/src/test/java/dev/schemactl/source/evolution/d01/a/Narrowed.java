package dev.schemactl.source.evolution.d01.a;

import jakarta.persistence.*;

@Entity @Table(name = "narrowed")
public class Narrowed {
    @Id Long id;
    String name;
}
