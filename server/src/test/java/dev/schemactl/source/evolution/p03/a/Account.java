package dev.schemactl.source.evolution.p03.a;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(name = "account")
public class Account {
    @Id UUID id;
    String currency;
}
