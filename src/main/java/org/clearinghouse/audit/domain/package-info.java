/** The audit log: domain layer. */
package org.clearinghouse.audit.domain;
