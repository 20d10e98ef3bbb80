package dev.schemactl.source.evolution.p04.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Embeddable
public class Phone {
    @Column(nullable = false, length = 20) String number;
    String kind;
}
