package org.clearinghouse.proposals.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A progress report on a commitment: disbursed amount, progress 0–100 %, planned and achieved outputs, completion
 * date ({@code YYYY-MM-DD}), a short results statement; {@code completed: true} completes it (then the completion
 * date and the results statement are required). {@code version} is the commitment's, required.
 */
@JsonIgnoreProperties(ignoreUnknown = true) // read-only fields of a GET can be sent back as they are
public record ProgressInput(
        Long disbursedUsd,
        Integer progressPercent,
        String plannedOutputs,
        String achievedOutputs,
        String completionDate,
        String resultsStatement,
        Boolean completed,
        Long version) {}
