package dev.schemactl.source.model.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

/** JOINED (ids from the package-level generator): vehicles plus one table per subclass keyed by (and referencing) the vehicle id. */
@Entity
@Table(name = "vehicles")
@Inheritance(strategy = InheritanceType.JOINED)
public class Vehicle {
    @Id
    @GeneratedValue(generator = "inheritance_ids") // declared in package-info
    private Long id;

    @Column(nullable = false, length = 80)
    private String model;
}
