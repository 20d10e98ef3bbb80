package dev.schemactl.source.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/** Columns every audited entity inherits: a creation instant and an optimistic-lock version. */
@MappedSuperclass
public abstract class Auditable {
    @Column(name = "created_at", nullable = false)
    protected Instant createdAt;

    @Version
    @Column(name = "row_version")
    protected int rowVersion;
}
