package org.clearinghouse.platform.web.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.errors.NotFoundException;
import org.clearinghouse.shared.errors.ValidationFailedException;
import org.junit.jupiter.api.Test;

/** How a submission hands the service's refusals to the page's handlers (the messages themselves need Faces). */
class FormSubmissionTest {

    private final List<String> seen = new ArrayList<>();

    @Test
    void anActionThatGoesThroughAnswersItsOutcome() {
        FormSubmission submission = FormSubmission.handling().on(ConflictException.class, c -> seen.add("conflict"));
        String outcome = submission.call(() -> "/next.xhtml");
        assertThat(outcome).isEqualTo("/next.xhtml");
        assertThat(submission.run(() -> seen.add("done"))).isTrue();
        assertThat(seen).containsExactly("done");
    }

    @Test
    void everyHandlerOfTheRefusalsTypeRunsInOrderAndThePageStays() {
        FormSubmission submission = FormSubmission.handling()
                .on(ConflictException.class, c -> seen.add("reload"))
                .on(NotFoundException.class, n -> seen.add("gone"))
                .on(ConflictException.class, c -> seen.add("message: " + c.getMessage()));
        String outcome = submission.call(() -> {
            throw new ConflictException("stale");
        });
        assertThat(outcome).isNull();
        assertThat(seen).containsExactly("reload", "message: stale");
        assertThat(submission.run(() -> {
                    throw new NotFoundException("Offer", 3);
                }))
                .isFalse();
        assertThat(seen).endsWith("gone");
    }

    @Test
    void aRefusalThePageDoesNotNamePropagates() {
        FormSubmission submission = FormSubmission.handling().on(ConflictException.class, c -> seen.add("conflict"));
        assertThatThrownBy(() -> submission.run(() -> {
                    throw ValidationFailedException.of("title", "is required.");
                }))
                .isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> submission.run(() -> {
                    throw new IllegalStateException("bug");
                }))
                .hasMessage("bug");
        assertThat(seen).isEmpty();
    }
}
