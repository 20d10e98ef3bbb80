package dev.schemactl.source.petclinic;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import java.util.Set;

/**
 * Unlike the sample, the join table is left implicit: Spring names it after the owning table and the property
 * (vets_skills), plain JPA after both tables (vets_specialties, with a Vet_id column).
 */
@Entity
@Table(name = "vets")
public class Vet extends Person {
    @ManyToMany(fetch = FetchType.EAGER)
    private Set<Specialty> skills;
}
