/** Recording and reading voluntary targets: a recipient for its State, the secretariat for a region. */
package org.clearinghouse.targets.application;
