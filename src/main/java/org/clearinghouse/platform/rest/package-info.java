/** What every REST resource shares: paging and sorting parameters and the shape of a page of results. */
package org.clearinghouse.platform.rest;
