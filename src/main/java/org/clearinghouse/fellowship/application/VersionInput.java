package org.clearinghouse.fellowship.application;

/** The version of a call the caller read (optional: without it nothing is checked). */
public record VersionInput(Long version) {}
