/** Faces view beans of reporting: the secretariat's complementarities view of a State. */
package org.clearinghouse.reporting.web.faces;
