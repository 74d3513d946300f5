/** Security events that features fire and the audit log keeps; imports no feature. */
package org.clearinghouse.shared.security;
