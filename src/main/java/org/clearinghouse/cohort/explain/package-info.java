/**
 * Why each nomination is selected or not, by key and arguments (pages render them in every language later), the
 * ordered waiting list of each call, and the cohort figures (share of women, States, sub-regions).
 */
package org.clearinghouse.cohort.explain;
