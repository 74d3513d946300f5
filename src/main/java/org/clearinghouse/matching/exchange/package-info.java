/**
 * The matching exchange format of {@code docs/matching-rules.md}: a whole problem (requests, offers, commitments,
 * rejections) and a proposal, as plain records that Jackson reads and writes. Field names are the format's own.
 * These records carry raw input; they are validated before anything is built from them.
 */
package org.clearinghouse.matching.exchange;
