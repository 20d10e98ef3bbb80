package dev.schemactl.source.evolution.d08.a;

import jakarta.persistence.*;

@Entity @Table(name = "child")
public class Child {
    @Id Long id;
    @Column(name = "parent_id") Long parentId;
}
