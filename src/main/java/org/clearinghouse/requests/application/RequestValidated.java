package org.clearinghouse.requests.application;

import org.clearinghouse.requests.domain.AssistanceRequest;

/** The secretariat validated a request (SUBMITTED to VALIDATED); fired inside that transaction. */
public record RequestValidated(AssistanceRequest request) {}
