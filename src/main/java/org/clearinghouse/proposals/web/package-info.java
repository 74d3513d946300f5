/** REST resources of proposals, decisions and commitments ({@code /api/v1/proposals}, {@code /api/v1/commitments}). */
package org.clearinghouse.proposals.web;
