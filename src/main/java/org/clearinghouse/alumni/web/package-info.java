/** REST resources of fellowship alumni under /api/v1/fellowship. */
package org.clearinghouse.alumni.web;
