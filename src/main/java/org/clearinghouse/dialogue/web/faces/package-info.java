/** The dialogue's pages: the thread of a request or of a proposal, read and written by each party. */
package org.clearinghouse.dialogue.web.faces;
