/** The fellowship repositories over JPA. */
package org.clearinghouse.fellowship.persistence;
