/**
 * Assistance offers: the resources a donor (a State or an organisation) posts, with the commitment areas,
 * assistance types and regions they cover, States they exclude, capacity, per-request ceiling and period.
 */
package org.clearinghouse.offers.domain;
