package org.clearinghouse.requests.application;

import jakarta.validation.Validator;
import java.util.Map;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.GenderMarker;
import org.clearinghouse.shared.errors.FieldErrors;

/** The editable fields of a request from an input, every problem recorded (shared by the API and the import). */
final class RequestFields {

    /** Entity properties named as the API names them, for validation messages. */
    static final Map<String, String> FIELD_NAMES =
            Map.of("recipientState", "state", "startMonth", "start", "endMonth", "end", "", "end");

    private RequestFields() {}

    /** Sets the fields of {@code request} from {@code input}; records problems in {@code errors} without throwing. */
    static void apply(
            RequestInput input, State state, AssistanceRequest request, FieldErrors errors, Validator validator) {
        CommitmentArea area = errors.code("area", input.area(), CommitmentArea.class);
        AssistanceType type = errors.code("type", input.type(), AssistanceType.class);
        GenderMarker genderMarker =
                input.genderMarker() == null || input.genderMarker().isBlank()
                        ? null
                        : errors.code("genderMarker", input.genderMarker(), GenderMarker.class);
        errors.required("amountUsd", input.amountUsd());
        errors.required("priority", input.priority());
        var start = errors.month("start", input.start());
        var end = errors.month("end", input.end());
        request.setRecipientState(state);
        request.setTitle(input.title());
        request.setDescription(input.description());
        request.setArea(area);
        request.setType(type);
        request.setAmountUsd(input.amountUsd() == null ? 0 : input.amountUsd());
        request.setDivisible(Boolean.TRUE.equals(input.divisible()));
        request.setPriority(input.priority() == null ? 0 : input.priority());
        request.setStartMonth(start);
        request.setEndMonth(end);
        request.setNationalTargetReference(input.nationalTargetReference());
        request.setContact(input.contact());
        request.setPublishSummaryConsent(Boolean.TRUE.equals(input.publishSummaryConsent()));
        request.setGenderMarker(genderMarker);
        errors.violations(validator.validate(request), FIELD_NAMES);
    }
}
