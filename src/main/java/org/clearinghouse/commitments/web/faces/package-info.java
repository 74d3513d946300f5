/** Faces view beans of external commitments: list, record and delete funding through other mechanisms. */
package org.clearinghouse.commitments.web.faces;
