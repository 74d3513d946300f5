/** The messages of the dialogue threads over JPA. */
package org.clearinghouse.dialogue.persistence;
