/**
 * Use cases of reporting: the activities a caller may see, mapped to IATI codes ({@link
 * org.clearinghouse.reporting.application.IatiCodes}) and written by a plain StAX writer ({@link
 * org.clearinghouse.reporting.application.IatiXmlWriter}) that the unit tests validate against the XSD.
 */
package org.clearinghouse.reporting.application;
