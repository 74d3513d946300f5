/**
 * The fellowship cohort engine (issue 13, section 3), plain Java beside {@code matching}: which nominations fill the
 * funded seats of a year's calls, under the rules, objective and exchange format of {@code docs/fellowship-rules.md}.
 * It imports the JDK, OptaPlanner and Jackson only, so the command line, the benchmark and the server run the same code.
 */
package org.clearinghouse.cohort;
