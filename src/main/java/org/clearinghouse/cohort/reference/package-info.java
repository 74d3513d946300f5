/**
 * Reference data the cohort engine reads from its own jar: the development status of States (least developed and
 * other developing countries), the same list as the server's table {@code development_status} (migration V38).
 */
package org.clearinghouse.cohort.reference;
