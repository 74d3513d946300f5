/** Attendance records and follow-ups of fellowship alumni, with the rules on when each may be entered. */
package org.clearinghouse.alumni.domain;
