package dev.schemactl.source.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class IsbnConverter implements AttributeConverter<Isbn, String> {
    @Override
    public String convertToDatabaseColumn(Isbn attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public Isbn convertToEntityAttribute(String dbData) {
        return dbData == null ? null : new Isbn(dbData);
    }
}
