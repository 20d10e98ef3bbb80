package dev.schemactl.source.evolution.p04.b;

import jakarta.persistence.*;

/** Two tables for one entity (@SecondaryTable). */
@Entity
@Table(name = "profile")
@SecondaryTable(name = "profile_detail", pkJoinColumns = @PrimaryKeyJoinColumn(name = "profile_id"))
public class Profile {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    String handle;
    @Column(table = "profile_detail", length = 500) String bio;
}
