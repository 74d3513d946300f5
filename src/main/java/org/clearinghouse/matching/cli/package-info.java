/**
 * The command line: {@code java -jar clearinghouse-solver.jar --input problem.json --output proposal.json
 * [--time-limit 30s] [--pinned accepted.json]}; the pinned file holds accepted
 * matches ({@code {"matches": [...]}}, e.g. an earlier proposal) that the run keeps unchanged. Exit 0 on success, 2 on bad arguments or bad input (every problem on stderr, nothing written).
 */
package org.clearinghouse.matching.cli;
