package org.clearinghouse.shared.domain;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidPeriod}. */
public class ValidPeriodValidator implements ConstraintValidator<ValidPeriod, HasPeriod> {

    @Override
    public boolean isValid(HasPeriod value, ConstraintValidatorContext context) {
        if (value == null || value.getStartMonth() == null || value.getEndMonth() == null) {
            return true;
        }
        if (!value.getStartMonth().isAfter(value.getEndMonth())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("endMonth")
                .addConstraintViolation();
        return false;
    }
}
