/** Use cases of fellowship alumni: record attendance, certificates, follow-ups, counts of officials trained. */
package org.clearinghouse.alumni.application;
