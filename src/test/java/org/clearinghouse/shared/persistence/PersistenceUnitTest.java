package org.clearinghouse.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.persistence.internal.weaving.PersistenceWeaved;
import org.eclipse.persistence.internal.weaving.PersistenceWeavedLazy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The persistence unit the server deploys: JTA, EclipseLink bundled in the WAR, no DDL, every mapped class listed. */
class PersistenceUnitTest {

    private static Element unit;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = PersistenceUnitTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(in);
            NodeList units = document.getElementsByTagNameNS("*", "persistence-unit");
            assertThat(units.getLength()).isEqualTo(1);
            unit = (Element) units.item(0);
        }
    }

    @Test
    void isTheJtaUnitOfTheServer() {
        assertThat(unit.getAttribute("name")).isEqualTo("clearinghouse");
        assertThat(unit.getAttribute("transaction-type")).isEqualTo("JTA");
        assertThat(text("provider")).containsExactly("org.eclipse.persistence.jpa.PersistenceProvider");
        assertThat(text("jta-data-source")).containsExactly("java:jboss/datasources/ClearinghouseDS");
        assertThat(text("exclude-unlisted-classes")).containsExactly("true");
        assertThat(properties())
                .containsEntry("jboss.as.jpa.providerModule", "application")
                .containsEntry("eclipselink.target-server", "JBoss")
                .containsEntry("eclipselink.logging.logger", "JavaLogger")
                .containsEntry("eclipselink.ddl-generation", "none")
                // woven at build time (pom.xml, static-weave): dynamic weaving recurses inside WildFly
                .containsEntry("eclipselink.weaving", "static");
    }

    /**
     * The entities on the class path are the statically woven ones (issue 14): without weaving EclipseLink reverts every
     * LAZY relation to eager ("Reverting the lazy setting") and loads it on every read.
     */
    @Test
    void everyEntityIsWovenAtBuildTimeAndKeepsItsLazyRelationsLazy() throws ClassNotFoundException {
        List<String> lazy = new ArrayList<>();
        for (String name : text("class")) {
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            if (!type.isAnnotationPresent(Entity.class)) {
                continue;
            }
            assertThat(PersistenceWeaved.class).as(name).isAssignableFrom(type);
            boolean hasLazyRelation = Stream.of(type.getDeclaredFields())
                    .map(field -> field.getAnnotation(ManyToOne.class))
                    .anyMatch(relation -> relation != null && relation.fetch() == FetchType.LAZY);
            if (hasLazyRelation) {
                assertThat(PersistenceWeavedLazy.class).as(name).isAssignableFrom(type);
                lazy.add(type.getSimpleName());
            }
        }
        assertThat(lazy).contains("Proposal", "ProposalDecision", "UnfundedRequest", "PriorityInversionRow");
    }

    @Test
    void listsEveryMappedClass() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(PersistenceUnitTest.class
                        .getResource("/META-INF/persistence.xml")
                        .toURI())
                .getParent()
                .getParent();
        List<String> mapped = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/clearinghouse"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(Entity.class)
                        || type.isAnnotationPresent(MappedSuperclass.class)
                        || type.isAnnotationPresent(Embeddable.class)
                        || type.isAnnotationPresent(Converter.class)) {
                    mapped.add(name);
                }
            }
        }
        assertThat(mapped)
                .contains(
                        "org.clearinghouse.requests.domain.AssistanceRequest",
                        "org.clearinghouse.proposals.domain.Proposal");
        assertThat(text("class")).containsExactlyInAnyOrderElementsOf(mapped);
    }

    private static List<String> text(String tag) {
        NodeList nodes = unit.getElementsByTagNameNS("*", tag);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }

    private static Map<String, String> properties() {
        NodeList nodes = unit.getElementsByTagNameNS("*", "property");
        Map<String, String> properties = new HashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element property = (Element) nodes.item(i);
            properties.put(property.getAttribute("name"), property.getAttribute("value"));
        }
        return properties;
    }
}
