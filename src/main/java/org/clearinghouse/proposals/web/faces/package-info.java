/**
 * Pages of proposals: the proposals a recipient State or a donor accepts or declines, the decisions list, the
 * commitments and their progress, and the detail of a request.
 */
package org.clearinghouse.proposals.web.faces;
