/** JPA repositories of the directory: States and organisations. */
package org.clearinghouse.directory.persistence;
