/** The audit log: application layer. */
package org.clearinghouse.audit.application;
