package org.clearinghouse.shared.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** Stores a {@link Locale} as its IETF BCP 47 language tag ("en", "fr", "es-419"). */
@Converter(autoApply = true)
public class LocaleConverter implements AttributeConverter<Locale, String> {

    @Override
    public String convertToDatabaseColumn(Locale attribute) {
        return attribute == null ? null : attribute.toLanguageTag();
    }

    @Override
    public Locale convertToEntityAttribute(String column) {
        return column == null ? null : Locale.forLanguageTag(column.trim());
    }
}
