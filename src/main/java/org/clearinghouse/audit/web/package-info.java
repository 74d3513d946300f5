/** The audit log: web layer. */
package org.clearinghouse.audit.web;
