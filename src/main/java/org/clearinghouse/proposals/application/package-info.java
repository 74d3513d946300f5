/**
 * The proposal lifecycle: the decisions of the secretariat, the recipient State and the donor, their history, the
 * effects of a decision (commitments, rejections, funded requests), the progress of commitments to completion, and
 * the detail of a request with everything proposed and committed for it.
 */
package org.clearinghouse.proposals.application;
