package dev.schemactl.source.model.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "invoices")
public class Invoice extends Document {
    @Column(precision = 14, scale = 2)
    private BigDecimal total;
}
