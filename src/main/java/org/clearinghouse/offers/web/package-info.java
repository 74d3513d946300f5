/** The REST resource of offers ({@code /api/v1/offers}): thin, over {@code OfferService}. */
package org.clearinghouse.offers.web;
