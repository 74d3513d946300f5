/**
 * The solver: the constraint provider (the definition of the objective: hard rules H1-H12, priority-weighted funding,
 * fewest pieces), the flow-based construction phase, the custom local-search moves, the solver configuration built
 * in Java (Bavet constraint streams) and {@link org.clearinghouse.matching.solver.MatchingEngine}, the one entry
 * point the command line, the server and the benchmarks call.
 */
package org.clearinghouse.matching.solver;
