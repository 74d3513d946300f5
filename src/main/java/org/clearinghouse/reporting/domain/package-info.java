/**
 * What the reports read. Reporting owns no entities: these repositories answer its questions over the requests,
 * offers, commitments, proposals and external commitments of the features below it, one repository per report.
 */
package org.clearinghouse.reporting.domain;
