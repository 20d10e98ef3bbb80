package dev.schemactl.source.evolution.p04.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(name = "card_payment")
public class CardPayment extends Payment {
    @Column(length = 19, nullable = false) String cardNumber;
}
