package dev.schemactl.source.evolution.p04.b;

import jakarta.persistence.*;

@Entity
@Table(name = "circle")
public class Circle extends Shape {
    double radius;
}
