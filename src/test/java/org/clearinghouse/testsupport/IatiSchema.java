package org.clearinghouse.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The IATI 2.03 activity schema of {@code src/test/resources/iati-2.03}, for validating exports. */
public final class IatiSchema {

    private static Schema schema;

    private IatiSchema() {}

    /** Validates the document; fails with the validator's message (line, column, what is wrong). */
    public static void validate(byte[] xml) {
        try {
            schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new AssertionError(
                    "not valid IATI 2.03: " + e.getMessage() + "\n"
                            + new String(xml, java.nio.charset.StandardCharsets.UTF_8),
                    e);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static synchronized Schema schema() {
        if (schema == null) {
            URL xsd = IatiSchema.class.getResource("/iati-2.03/iati-activities-schema.xsd");
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                schema = factory.newSchema(xsd);
            } catch (SAXException e) {
                throw new IllegalStateException("cannot load the IATI schema", e);
            }
        }
        return schema;
    }
}
