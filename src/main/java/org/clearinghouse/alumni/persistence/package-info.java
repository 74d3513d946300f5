/** JPA repositories of attendance records and follow-ups. */
package org.clearinghouse.alumni.persistence;
