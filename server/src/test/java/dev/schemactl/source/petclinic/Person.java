package dev.schemactl.source.petclinic;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public class Person extends BaseEntity {
    @Column
    private String firstName;

    @Column
    private String lastName;
}
