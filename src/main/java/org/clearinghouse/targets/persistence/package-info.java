/** JPA repository of voluntary targets: find by id, save, the targets of a State or region, those a State may serve. */
package org.clearinghouse.targets.persistence;
