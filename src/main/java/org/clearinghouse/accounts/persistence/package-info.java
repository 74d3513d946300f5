/** JPA repository of user accounts. */
package org.clearinghouse.accounts.persistence;
