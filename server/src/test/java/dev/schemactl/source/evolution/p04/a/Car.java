package dev.schemactl.source.evolution.p04.a;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class Car extends Vehicle {
    int seats;
}
