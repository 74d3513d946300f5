/**
 * The cohort solver: the weights of the objective ({@link org.clearinghouse.cohort.solver.CohortWeights}), the
 * constraint provider (one constraint per method), the greedy start, the local-search moves, the relaxation bound and
 * {@link org.clearinghouse.cohort.solver.CohortEngine}, the one entry point of the command line and the benchmark.
 */
package org.clearinghouse.cohort.solver;
