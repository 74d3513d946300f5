/**
 * Demo data for the quick start and the integration tests: the demo accounts (password {@code demo}) and a few
 * dozen realistic requests, offers, commitments and a rejection. Loaded once, into an empty database, when
 * {@code DEMO_DATA=true} or, without that setting, when the application runs on its embedded database. Nothing
 * imports this package: it observes the start-up of the application.
 */
package org.clearinghouse.demo;
