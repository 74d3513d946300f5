/** The codes and names the pages offer in their selects and pickers (areas, types, regions, States). */
package org.clearinghouse.directory.web.faces;
