package dev.schemactl.source.evolution.d01.b;

import jakarta.persistence.*;

@Entity @Table(name = "renamed")
public class Renamed {
    @Id Long id;
    @Column(name = "display_name") String nick;
}
