/** The backup download for administrators. */
package org.clearinghouse.backup.web;
