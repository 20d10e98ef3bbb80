/**
 * The three inheritance strategies. The package declares a sequence generator (JPA 3.2), read from the
 * package-info class: Vehicle names it, and Document's unnamed SEQUENCE generation defaults to it.
 */
@SequenceGenerator(name = "inheritance_ids", sequenceName = "inheritance_ids", initialValue = 1, allocationSize = 20)
package dev.schemactl.source.model.inheritance;

import jakarta.persistence.SequenceGenerator;
