package dev.schemactl.source.evolution.p02.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

/** Comment and the labels association are gone; a new column. */
@Entity
@Table(name = "post")
public class Post {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    String title;
    boolean published;
}
