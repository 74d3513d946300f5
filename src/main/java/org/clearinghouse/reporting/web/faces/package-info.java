/**
 * Pages of reporting: the measurability dashboard of the secretariat and its public summary, the targets registry
 * and the page of one target, and the secretariat's complementarities view of a State. View beans hold the
 * application's views, never entities.
 */
package org.clearinghouse.reporting.web.faces;
