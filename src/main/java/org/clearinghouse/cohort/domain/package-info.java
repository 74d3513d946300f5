/**
 * The planning model of the cohort: calls and the States' development status (facts) and nominations (the planning
 * entities, each selected for its call or not).
 */
package org.clearinghouse.cohort.domain;
