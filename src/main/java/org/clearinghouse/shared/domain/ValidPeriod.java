package org.clearinghouse.shared.domain;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Class-level constraint on a {@link HasPeriod}: the start month is not after the end month. Missing months are
 * left to {@code @NotNull} on the fields. The violation is reported on the {@code endMonth} property.
 */
@Documented
@Constraint(validatedBy = ValidPeriodValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPeriod {

    String message() default "{period.order}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
