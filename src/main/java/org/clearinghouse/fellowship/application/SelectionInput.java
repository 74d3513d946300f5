package org.clearinghouse.fellowship.application;

/** How long the engine may search (seconds, 1 to 120; default 10). It stops early at a proven optimum. */
public record SelectionInput(Integer timeLimitSeconds) {}
