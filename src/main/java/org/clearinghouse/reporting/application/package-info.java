/**
 * Measurability: what serves each voluntary target (requests, commitments, results) and the dashboard figures
 * (requested, committed, disbursed by area, region and year; time to match and to commitment; shares matched and
 * used), for the secretariat and, from published data only, for everyone.
 */
package org.clearinghouse.reporting.application;
