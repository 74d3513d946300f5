/** Pages of the targets registry: the secretariat registers targets, and forms offer them as choices. */
package org.clearinghouse.targets.web.faces;
