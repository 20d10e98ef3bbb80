package dev.schemactl.source.evolution.p03.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(name = "account")
public class Account {
    @Id UUID id;
    @Column(length = 3, nullable = false) String currency;
    @Convert(converter = MoneyConverter.class) Money balance;
    @Convert(converter = org.hibernate.type.YesNoConverter.class) Boolean verified;
    @Convert(converter = org.hibernate.type.NumericBooleanConverter.class) Boolean locked;
    UUID externalRef;
}
