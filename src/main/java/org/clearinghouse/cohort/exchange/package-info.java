/**
 * The JSON exchange format of {@code docs/fellowship-rules.md}: the records whose field names are the format's, the
 * reader that reports every problem of an input at once, the mapping to the planning model and the answer's writer.
 */
package org.clearinghouse.cohort.exchange;
