/** Pages of fellowship alumni: the secretariat's attendance page, the recipient State's alumni page. */
package org.clearinghouse.alumni.web.faces;
