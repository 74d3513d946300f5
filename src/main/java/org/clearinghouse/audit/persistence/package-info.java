/** The audit log: persistence layer. */
package org.clearinghouse.audit.persistence;
