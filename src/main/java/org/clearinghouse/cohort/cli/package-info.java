/**
 * The {@code fellowship} subcommand of the solver's command line: {@code java -jar clearinghouse-solver.jar
 * fellowship --input plan.json --output cohort.json [--time-limit 30s]}.
 */
package org.clearinghouse.cohort.cli;
