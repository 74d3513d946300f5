/**
 * Online backup of the embedded database: an administrator downloads a consistent copy while the server runs. A
 * MySQL/MariaDB database is backed up outside the application ({@code mariadb-dump --single-transaction}, see
 * docs/operations.md).
 */
package org.clearinghouse.backup;
