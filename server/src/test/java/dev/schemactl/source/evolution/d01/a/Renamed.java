package dev.schemactl.source.evolution.d01.a;

import jakarta.persistence.*;

@Entity @Table(name = "renamed")
public class Renamed {
    @Id Long id;
    String nick;
}
