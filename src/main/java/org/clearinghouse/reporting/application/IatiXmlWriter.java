package org.clearinghouse.reporting.application;

import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.clearinghouse.reporting.application.IatiActivity.Organisation;
import org.clearinghouse.reporting.application.IatiActivity.Sector;

/**
 * Writes IATI 2.03 activity XML ({@code iati-activities} with one {@code iati-activity} each), elements in the
 * order the schema's sequence demands. Plain Java (StAX), no container needed. The schema wants at least one
 * activity: an empty list is refused.
 */
public final class IatiXmlWriter {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private IatiXmlWriter() {}

    public static void write(List<IatiActivity> activities, LocalDateTime generatedUtc, OutputStream out) {
        if (activities.isEmpty()) {
            throw new IllegalArgumentException("IATI 2.03 needs at least one activity in a file");
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", IatiCodes.VERSION);
            xml.writeAttribute("generated-datetime", dateTime(generatedUtc));
            for (IatiActivity activity : activities) {
                activity(xml, activity);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the IATI export", e);
        }
    }

    private static void activity(XMLStreamWriter xml, IatiActivity a) throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("last-updated-datetime", dateTime(a.lastUpdated()));
        xml.writeAttribute("xml", XML_NS, "lang", "en");
        xml.writeAttribute("default-currency", "USD");
        text(xml, "iati-identifier", a.identifier());

        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", a.reportingOrg().ref());
        xml.writeAttribute("type", a.reportingOrg().typeCode());
        narrative(xml, a.reportingOrg().name());
        xml.writeEndElement();

        xml.writeStartElement("title");
        narrative(xml, a.title());
        xml.writeEndElement();
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1"); // general
        narrative(xml, a.description());
        xml.writeEndElement();

        participatingOrg(xml, IatiCodes.ROLE_FUNDING, a.reportingOrg());
        participatingOrg(xml, IatiCodes.ROLE_IMPLEMENTING, a.implementingOrg());

        empty(xml, "activity-status", "code", a.statusCode());
        activityDate(xml, "1", a.plannedStart().toString()); // planned start
        activityDate(xml, "3", a.plannedEnd().toString()); // planned end
        empty(xml, "activity-scope", "code", IatiCodes.SCOPE_NATIONAL);

        xml.writeStartElement("recipient-country");
        xml.writeAttribute("code", a.recipientCountry());
        xml.writeAttribute("percentage", "100");
        narrative(xml, a.recipientCountryName());
        xml.writeEndElement();

        for (Sector sector : a.sectors()) {
            xml.writeStartElement("sector");
            xml.writeAttribute("vocabulary", IatiCodes.DAC_5_VOCABULARY);
            xml.writeAttribute("code", sector.code());
            xml.writeAttribute("percentage", String.valueOf(sector.percentage()));
            narrative(xml, sector.name());
            xml.writeEndElement();
        }

        xml.writeStartElement("tag");
        xml.writeAttribute("vocabulary", IatiCodes.SDG_TARGET_VOCABULARY);
        xml.writeAttribute("code", IatiCodes.SDG_TARGET);
        narrative(xml, "Significantly reduce illicit financial and arms flows");
        xml.writeEndElement();

        transaction(xml, a, IatiCodes.TRANSACTION_COMMITMENT, a.committedOn(), a.committedUsd());
        if (a.disbursedUsd() > 0) {
            transaction(xml, a, IatiCodes.TRANSACTION_DISBURSEMENT, a.disbursedOn(), a.disbursedUsd());
        }

        xml.writeEndElement(); // iati-activity
    }

    private static void transaction(XMLStreamWriter xml, IatiActivity a, String type, java.time.LocalDate on, long usd)
            throws XMLStreamException {
        xml.writeStartElement("transaction");
        empty(xml, "transaction-type", "code", type);
        empty(xml, "transaction-date", "iso-date", on.toString());
        xml.writeStartElement("value");
        xml.writeAttribute("currency", "USD");
        xml.writeAttribute("value-date", on.toString());
        xml.writeCharacters(String.valueOf(usd));
        xml.writeEndElement();
        xml.writeStartElement("provider-org");
        if (a.reportingOrg().ref() != null) {
            xml.writeAttribute("ref", a.reportingOrg().ref());
        }
        xml.writeAttribute("type", a.reportingOrg().typeCode());
        narrative(xml, a.reportingOrg().name());
        xml.writeEndElement();
        xml.writeStartElement("receiver-org");
        xml.writeAttribute("type", a.implementingOrg().typeCode());
        narrative(xml, a.implementingOrg().name());
        xml.writeEndElement();
        xml.writeEndElement(); // transaction
    }

    private static void participatingOrg(XMLStreamWriter xml, String role, Organisation org) throws XMLStreamException {
        xml.writeStartElement("participating-org");
        if (org.ref() != null) {
            xml.writeAttribute("ref", org.ref());
        }
        xml.writeAttribute("type", org.typeCode());
        xml.writeAttribute("role", role);
        narrative(xml, org.name());
        xml.writeEndElement();
    }

    private static void activityDate(XMLStreamWriter xml, String type, String isoDate) throws XMLStreamException {
        xml.writeEmptyElement("activity-date");
        xml.writeAttribute("type", type);
        xml.writeAttribute("iso-date", isoDate);
    }

    private static void empty(XMLStreamWriter xml, String element, String attribute, String value)
            throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute(attribute, value);
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void narrative(XMLStreamWriter xml, String value) throws XMLStreamException {
        xml.writeStartElement("narrative");
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private static String dateTime(LocalDateTime utc) {
        return utc.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC).format(DATE_TIME);
    }
}
