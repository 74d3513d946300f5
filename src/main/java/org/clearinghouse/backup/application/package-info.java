/** Taking a backup of the database the application runs on. */
package org.clearinghouse.backup.application;
