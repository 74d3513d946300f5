/**
 * Persistence helpers shared by the features' JPA repositories: attribute converters (months, locales), the page
 * request and page of results every list query takes and returns, and the whitelist of sortable fields.
 */
package org.clearinghouse.shared.persistence;
