/**
 * What every page shares: calling a service from a form and showing its refusals ({@link FormSubmission}), a
 * period picked as two dates ({@link FormMonths}), the language switcher, the signed-in user and sign-in, formats
 * of money, months and dates per language, the codes offered by selects, lazy paging over the services' lists, and
 * the EL resolver that lets pages read the services' view records.
 */
package org.clearinghouse.platform.web.faces;
