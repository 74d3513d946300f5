/** Text measures in plain Java: similarity of free texts (titles and descriptions) for duplicate detection. */
package org.clearinghouse.shared.text;
