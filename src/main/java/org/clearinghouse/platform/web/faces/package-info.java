/**
 * What every page shares: the language switcher, the signed-in user and sign-in, formats of money, months and
 * dates per language, the codes offered by selects, lazy paging over the services' lists, and the EL resolver
 * that lets pages read the services' view records.
 */
package org.clearinghouse.platform.web.faces;
