package dev.schemactl.source.evolution.p04.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@DiscriminatorValue("Car")
public class Car extends Vehicle {
    int seats;
    Boolean electric;
}
