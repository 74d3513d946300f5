/**
 * Dialogue between donors and recipient States: messages on a validated request's thread (a donor's question, the
 * State's answer to that donor or to all donors) and on a proposal's thread (the recipient State, the donor and the
 * secretariat), who may read each message ({@link org.clearinghouse.dialogue.domain.Audience}) and the rules of the
 * text and of editing.
 */
package org.clearinghouse.dialogue.domain;
