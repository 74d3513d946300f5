/** Pages of offers, one view bean per use case: the donor's home, the donor's offers and the offer form. */
package org.clearinghouse.offers.web.faces;
