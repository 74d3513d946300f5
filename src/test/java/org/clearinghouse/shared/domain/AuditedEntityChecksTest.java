package org.clearinghouse.shared.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import java.util.EnumSet;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.shared.errors.ConflictException;
import org.junit.jupiter.api.Test;

/** The version and status checks every application service makes before it changes an audited entity. */
class AuditedEntityChecksTest {

    private final AssistanceRequest request = new AssistanceRequest(); // version 0, DRAFT

    @Test
    void aStaleVersionIsAConflictNamingBothVersions() {
        assertThatCode(() -> request.checkVersion("Request", 7, 0L)).doesNotThrowAnyException();
        assertThatCode(() -> request.checkVersion("Request", 7, null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> request.checkVersion("Request", 7, 3L))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Request 7 was changed by someone else (your version 3, current version 0). Reload it and"
                        + " apply your change again.");
        assertThatThrownBy(() -> request.checkVersion(3))
                .isInstanceOf(OptimisticLockException.class)
                .hasMessage("changed by someone else: version 0, expected 3");
        assertThatThrownBy(() -> request.checkVersion(3L, current -> new ConflictException("at " + current)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("at 0");
    }

    @Test
    void aTransitionNeedsACurrentVersionAndAnAllowedStatus() {
        assertThatCode(() -> request.checkTransition(
                        "Request",
                        7,
                        0L,
                        request.getStatus(),
                        EnumSet.of(RequestStatus.DRAFT),
                        RequestStatus.SUBMITTED))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> request.checkTransition(
                        "Request",
                        7,
                        1L,
                        request.getStatus(),
                        EnumSet.of(RequestStatus.DRAFT),
                        RequestStatus.SUBMITTED))
                .hasMessageStartingWith("Request 7 was changed by someone else");
        assertThatThrownBy(() -> request.checkTransition(
                        "Request",
                        7,
                        null,
                        request.getStatus(),
                        EnumSet.of(RequestStatus.SUBMITTED),
                        RequestStatus.VALIDATED))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Request 7 is DRAFT; it can become VALIDATED only from [SUBMITTED].");
    }

    @Test
    void anEditNeedsACurrentVersionAndAnEditableStatus() {
        assertThatCode(() ->
                        request.checkEditable("Request", 7, 0L, request.getStatus(), EnumSet.of(RequestStatus.DRAFT)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> request.checkEditable(
                        "Request", 7, 0L, request.getStatus(), EnumSet.of(RequestStatus.SUBMITTED)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Request 7 is DRAFT and can no longer be edited.");
    }
}
