package dev.schemactl.source.evolution.p04.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class Truck extends Vehicle {
    @Column(precision = 8, scale = 1) java.math.BigDecimal payload;
    int axles;
}
