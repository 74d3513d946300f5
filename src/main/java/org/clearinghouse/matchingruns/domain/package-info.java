/** What a matching run found besides its proposals: the requests it left unfunded and the priority inversions. */
package org.clearinghouse.matchingruns.domain;
