/**
 * Fellowship alumni (issue 13, section 4 "After the course"): attendance and completion of the selected nominees,
 * certificates of completion, the nominating States' follow-ups at 6 and 12 months, and the counts of officials
 * trained per State, area and gender. Builds on {@code fellowship}, which knows nothing of it.
 */
package org.clearinghouse.alumni;
