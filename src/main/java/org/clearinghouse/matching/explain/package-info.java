/**
 * Explanations and quality figures of a proposal: why each proposal was made, why each request stayed (partly)
 * unfunded (a reason code with the offers and requests involved), and the figures shown beside a proposal (funded
 * shares, priority inversions, counts). All English text comes from {@link org.clearinghouse.matching.explain.ExplanationTexts},
 * keyed so that it can be translated later; the objects carry the key and its arguments.
 */
package org.clearinghouse.matching.explain;
