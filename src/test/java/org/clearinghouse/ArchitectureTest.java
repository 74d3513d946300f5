package org.clearinghouse;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules (README, "Architecture"): the engine stays plain Java, features depend only downward and never in
 * a cycle, the platform and the shared words import no feature, demo data is imported by nobody, inside a
 * feature the domain knows neither the web nor the persistence nor the application layer, and only the persistence
 * layer touches the EntityManager and writes queries.
 */
class ArchitectureTest {

    private static JavaClasses product;

    @BeforeAll
    static void importTheProductsClasses() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.clearinghouse");
    }

    /** Every top-level package that is a feature of the product (everything but the engines matching and cohort, platform and shared). */
    static final String[] FEATURES = {
        "org.clearinghouse.accounts..",
        "org.clearinghouse.alumni..",
        "org.clearinghouse.audit..",
        "org.clearinghouse.commitments..",
        "org.clearinghouse.demo..",
        "org.clearinghouse.dialogue..",
        "org.clearinghouse.directory..",
        "org.clearinghouse.fellowship..",
        "org.clearinghouse.matchingruns..",
        "org.clearinghouse.notifications..",
        "org.clearinghouse.offers..",
        "org.clearinghouse.proposals..",
        "org.clearinghouse.reporting..",
        "org.clearinghouse.requests..",
        "org.clearinghouse.targets.."
    };

    /** The engine runs without the container (command line, benchmark): the JDK, OptaPlanner and Jackson only. */
    @Test
    void theEngineIsPlainJava() {
        ArchRule rule = classes()
                .that()
                .resideInAPackage("org.clearinghouse.matching..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "org.clearinghouse.matching..", "java..", "", "org.optaplanner..", "com.fasterxml.jackson..")
                .because("the command line and the benchmarks run the very same engine as the server (other engines'"
                        + " subcommands, e.g. fellowship, are found through java.util.ServiceLoader)");
        rule.check(product);
    }

    /**
     * The cohort engine (issue 13) is held to the same rule as the matching engine; it builds on matching's plain-Java
     * core (exchange helpers, command-line plumbing, codes), never the other way round (issue 15: no copied logic).
     */
    @Test
    void theCohortEngineIsPlainJava() {
        ArchRule rule = classes()
                .that()
                .resideInAPackage("org.clearinghouse.cohort..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "org.clearinghouse.cohort..",
                        "org.clearinghouse.matching..",
                        "java..",
                        "",
                        "org.optaplanner..",
                        "com.fasterxml.jackson..")
                .because("the command line and the benchmarks run the very same engine as the server");
        rule.check(product);
    }

    /** Top-level packages form no cycle: each feature depends only on those below it. */
    @Test
    void noCycleBetweenFeatures() {
        ArchRule rule = slices().matching("org.clearinghouse.(*)..")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles();
        rule.check(product);
    }

    /** The platform and the shared words import no feature (and not the engine). */
    @Test
    void platformAndSharedImportNoFeature() {
        ArchRule rule = noClasses()
                .that()
                .resideInAnyPackage("org.clearinghouse.platform..", "org.clearinghouse.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(withEngine(FEATURES));
        rule.check(product);
    }

    /** Demo data is loaded by observing the start-up; nothing imports it. */
    @Test
    void nothingImportsTheDemoData() {
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackage("org.clearinghouse.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.clearinghouse.demo..");
        rule.check(product);
    }

    /** A domain class knows neither the web, nor the persistence, nor the application layer of any feature. */
    @Test
    void theDomainImportsNoOuterLayer() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.clearinghouse..web..",
                        "org.clearinghouse..persistence..",
                        "org.clearinghouse..application..");
        rule.check(product);
    }

    /** Application services know nothing of the pages and resources that call them. */
    @Test
    void theApplicationImportsNoWeb() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("..application..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.clearinghouse..web..");
        rule.check(product);
    }

    /** Persistence implements the domain's repositories; it knows nothing of the web. */
    @Test
    void persistenceImportsNoWeb() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("..persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.clearinghouse..web..");
        rule.check(product);
    }

    /**
     * Queries live in the persistence layer: the application services (which own the transactions), the web layer
     * and the domain reach the database only through the repository interfaces the domain declares, implemented by
     * the {@code Jpa*Repository} classes of {@code persistence}. None of them holds an EntityManager or builds a
     * query; a feature's persistence may query the entities of the features below it.
     */
    @Test
    void onlyPersistenceUsesTheEntityManager() {
        ArchRule rule = noClasses()
                .that()
                .resideInAnyPackage("..application..", "..web..", "..domain..")
                .should()
                .dependOnClassesThat()
                .haveNameMatching(
                        "jakarta\\.persistence\\.(EntityManager|EntityManagerFactory|PersistenceContext|Query|TypedQuery"
                                + "|StoredProcedureQuery|criteria\\..*)")
                .because("queries and the persistence context belong to the persistence layer (issue 15): services ask"
                        + " the domain's repositories intention-revealing questions instead");
        rule.check(product);
    }

    /**
     * Session- and view-scoped beans live in the HTTP session, which a cluster keeps in Infinispan and hands to
     * another node when one fails (issue 14 §4): they must be serializable.
     */
    @Test
    void sessionAndViewScopedBeansAreSerializable() {
        ArchRule rule = classes()
                .that()
                .areAnnotatedWith("jakarta.enterprise.context.SessionScoped")
                .or()
                .areAnnotatedWith("jakarta.faces.view.ViewScoped")
                .or()
                .areAnnotatedWith("jakarta.enterprise.context.ConversationScoped")
                .should()
                .beAssignableTo(java.io.Serializable.class)
                .because("a distributable session is replicated to the other nodes of a cluster");
        rule.check(product);
    }

    private static String[] withEngine(String[] features) {
        String[] all = java.util.Arrays.copyOf(features, features.length + 1);
        all[features.length] = "org.clearinghouse.matching..";
        all = java.util.Arrays.copyOf(all, all.length + 1);
        all[all.length - 1] = "org.clearinghouse.cohort..";
        return all;
    }
}
