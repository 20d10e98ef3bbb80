package dev.schemactl.source.evolution.p04.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(name = "bank_payment")
@PrimaryKeyJoinColumn(name = "payment_id")
public class BankPayment extends Payment {
    @Column(length = 34) String iban;
}
