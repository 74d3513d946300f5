package org.clearinghouse.cohort.exchange;

/**
 * One thing wrong with an input: where (source file or stream), which item (an id, or a position such as
 * {@code nominations[3]} when the id is missing; null for the whole document), which field, and what is wrong.
 */
public record ValidationProblem(String source, String id, String field, String message) {

    /** One line: {@code source: id: field: message}, leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (source != null) {
            b.append(source).append(": ");
        }
        if (id != null) {
            b.append(id).append(": ");
        }
        if (field != null) {
            b.append(field).append(": ");
        }
        return b.append(message).toString();
    }
}
