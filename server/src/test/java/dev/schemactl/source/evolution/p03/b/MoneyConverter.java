package dev.schemactl.source.evolution.p03.b;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Converter
public class MoneyConverter implements AttributeConverter<Money, Long> {
    @Override
    public Long convertToDatabaseColumn(Money m) {
        return m == null ? null : m.cents();
    }

    @Override
    public Money convertToEntityAttribute(Long v) {
        return v == null ? null : new Money(v);
    }
}
