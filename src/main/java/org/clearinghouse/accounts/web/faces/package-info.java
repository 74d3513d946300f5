/** The admin's pages: accounts. */
package org.clearinghouse.accounts.web.faces;
