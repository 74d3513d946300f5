package org.clearinghouse.fellowship.application;

/**
 * The secretariat's pin of one nomination: {@code IN} (in the cohort), {@code OUT} (left out) or {@code NONE} (the
 * engine decides again), with the nomination's version the caller read (optional: without it nothing is checked).
 */
public record PinInput(String pin, Long version) {}
