package dev.schemactl.source.evolution.p04.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(name = "person")
public class Person {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    String name;
    @Embedded Address home;
    @Embedded @AttributeOverrides({@AttributeOverride(name = "street", column = @Column(name = "work_street")),
            @AttributeOverride(name = "city", column = @Column(name = "work_city")),
            @AttributeOverride(name = "zip", column = @Column(name = "work_zip"))}) Address work;
    @ElementCollection @CollectionTable(name = "person_nickname") @Column(name = "nickname", length = 50) Set<String> nicknames;
    @ElementCollection List<Phone> phones;
    @ElementCollection @OrderColumn List<String> aliases;
    @ElementCollection @MapKeyColumn(name = "label") Map<String, Integer> counters;
}
