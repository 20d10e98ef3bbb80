package dev.schemactl.source.model.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

@Entity
@Table(name = "receipts")
public class Receipt extends Document {
    @Column(name = "issued_at")
    private LocalDateTime issuedAt;
}
