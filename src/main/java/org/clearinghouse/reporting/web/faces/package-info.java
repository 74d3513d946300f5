/**
 * Pages of reporting: the overviews of needs (the public needs, the unmet needs, the secretariat's and the donor's
 * home pages, all counting what is committed), the measurability dashboard of the secretariat and its public
 * summary, and the secretariat's complementarities view of a State. View beans hold the application's views, never
 * entities.
 */
package org.clearinghouse.reporting.web.faces;
