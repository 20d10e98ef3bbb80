package dev.schemactl.source.evolution.p04.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Embeddable
public class Address {
    String street;
    @Column(length = 80) String city;
    @Column(name = "zip_code", length = 10) String zip;
}
