/**
 * Pages of assistance requests, one view bean per use case: the public overview, the recipient's home, list,
 * form and national ranking, the secretariat's home and validation queue, and the validated and unmet needs
 * donors browse.
 */
package org.clearinghouse.requests.web.faces;
