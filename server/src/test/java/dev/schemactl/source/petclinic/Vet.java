package dev.schemactl.source.petclinic;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import java.util.Set;

/** Unlike the sample, the join table is left implicit: Spring names it vets_specialties, plain JPA Vet_Specialty. */
@Entity
@Table(name = "vets")
public class Vet extends Person {
    @ManyToMany(fetch = FetchType.EAGER)
    private Set<Specialty> specialties;
}
