/**
 * Use cases of offers: list, read, create, edit, open and withdraw, with the object-level rules (a donor acts
 * only for its own offers) and one transaction per use case.
 */
package org.clearinghouse.offers.application;
