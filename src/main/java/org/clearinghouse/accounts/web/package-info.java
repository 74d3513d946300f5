/** The REST resource of accounts ({@code /api/v1/accounts}), for the admin. */
package org.clearinghouse.accounts.web;
