/** REST resources of commitments: {@code /external-commitments}. */
package org.clearinghouse.commitments.web;
