/**
 * Commitments (amounts of an offer confirmed for a request, on this platform or through another mechanism; fixed
 * facts for the solver) and rejections (request-offer pairs turned down, never proposed again).
 */
package org.clearinghouse.commitments.domain;
