package dev.schemactl.source.evolution.p03.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(name = "doc")
public class Doc {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    String title;
    @Version long version;
    @Lob String body;
    @Lob byte[] data;
    @Column(columnDefinition = "text") String summary;
    @Column(columnDefinition = "varchar(20) default 'draft' not null") String state;
    @Column(columnDefinition = "integer default 0") Integer views;
    @Column(length = 5000) String longNote;
    @Column(length = 100000) String hugeText;
}
