/** JPA repository of user accounts: find, save, the filtered, paged list, and the accounts a notice is mailed to. */
package org.clearinghouse.accounts.persistence;
