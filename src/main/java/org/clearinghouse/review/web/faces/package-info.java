/**
 * Pages of the review of matching: the secretariat's matching page (runs with live progress, the review of a run's
 * proposals, its unfunded requests and coverage) and the proposals a recipient State or a donor accepts or declines.
 */
package org.clearinghouse.review.web.faces;
