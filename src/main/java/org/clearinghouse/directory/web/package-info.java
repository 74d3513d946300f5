/** Public reference data over REST: States, organisations, commitment areas and assistance types. */
package org.clearinghouse.directory.web;
