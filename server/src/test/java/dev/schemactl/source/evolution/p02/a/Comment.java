package dev.schemactl.source.evolution.p02.a;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(name = "comment", indexes = @Index(name = "idx_comment_post", columnList = "post_id"))
public class Comment {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne(optional = false) Post post;
    @Column(length = 2000) String body;
}
