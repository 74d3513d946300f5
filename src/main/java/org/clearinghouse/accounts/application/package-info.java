/** The signed-in caller as the application services see it: name, role and the State or organisation it acts for. */
package org.clearinghouse.accounts.application;
