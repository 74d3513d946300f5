/**
 * The fellowship programme (issue 13, outcome document para 114): calls the secretariat publishes, the nominations
 * of recipient States (personal data kept to the nominating State and the secretariat, anonymised after the call),
 * seats funded by donors, and the rules each of them keeps.
 */
package org.clearinghouse.fellowship.domain;
