package org.clearinghouse.shared.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.YearMonth;

/** Stores a {@link YearMonth} as {@code CHAR(7)} 'YYYY-MM', which sorts and compares like the months themselves. */
@Converter(autoApply = true)
public class YearMonthConverter implements AttributeConverter<YearMonth, String> {

    @Override
    public String convertToDatabaseColumn(YearMonth attribute) {
        return attribute == null ? null : attribute.toString();
    }

    @Override
    public YearMonth convertToEntityAttribute(String column) {
        return column == null ? null : YearMonth.parse(column.trim());
    }
}
