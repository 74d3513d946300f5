/** The secretariat's matching pages: runs with live progress, the review of a run's proposals, its unfunded requests and coverage. */
package org.clearinghouse.matchingruns.web.faces;
