package org.clearinghouse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Accessibility of the portal (WCAG 2.1 AA as the intent), checked in a real browser with axe-core on the main pages
 * of each role, plus a keyboard walk through the sign-in page. A violation of impact {@code serious} or
 * {@code critical} fails the test; {@code moderate} and {@code minor} ones are printed only. Every violation is
 * printed with its rule, impact and the selectors of the elements, so a person can act on it.
 */
class AccessibilityIT {

    /** WCAG 2.0 and 2.1, levels A and AA. */
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    /**
     * A rule not checked on exactly one element, because the markup comes from inside a PrimeFaces widget and
     * cannot be changed from the page. Never a rule for the whole page.
     */
    record Exclusion(String rule, String selector, String reason) {}

    private static final List<Exclusion> EXCLUSIONS = List.of(
            // p:autoComplete multiple="true" (donor offer form, excluded States) renders its chips and its input as
            // <li> items of a <ul role="listbox"> with no name of its own; the <input> inside it has the field's
            // label (label-for passes). The widget's markup has no attribute to change that.
            new Exclusion(
                    "aria-required-children",
                    ".ui-autocomplete-multiple-container",
                    "PrimeFaces autoComplete multiple: <li> items without role=option in its role=listbox <ul>"),
            new Exclusion(
                    "aria-input-field-name",
                    ".ui-autocomplete-multiple-container",
                    "PrimeFaces autoComplete multiple: its <ul role=listbox> has no name; the labelled <input> inside has"),
            new Exclusion(
                    "listitem",
                    ".ui-autocomplete-input-token",
                    "PrimeFaces autoComplete multiple: the input's <li> sits in a <ul role=listbox>, not a list"));

    /** The browser of these tests; a failed test leaves a screenshot of its page. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static final Browser browser = Browser.perTestClass("a11y-failed-");

    @Test
    void publicPagesHaveNoSeriousViolations() {
        List<String> failures = new ArrayList<>();
        browser.signOut();
        browser.open("/?lang=en");
        browser.visible(By.cssSelector("#chartByArea canvas"));
        check("public", failures);
        browser.open("/login.xhtml?lang=en");
        check("sign-in", failures);
        browser.open("/no-such-page.xhtml?lang=en");
        check("error 404", failures);
        browser.open("/?lang=ar");
        browser.visible(By.cssSelector("#chartByArea canvas"));
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("dir"))
                .isEqualTo("rtl");
        check("public (ar)", failures);
        browser.open("/login.xhtml?lang=ar");
        check("sign-in (ar)", failures);
        browser.open("/?lang=en");
        assertThat(failures).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void recipientPagesHaveNoSeriousViolations() {
        List<String> failures = new ArrayList<>();
        browser.signIn("recipient.NER");
        checkPage("/recipient/home.xhtml", "recipient home", failures);
        checkPage("/recipient/requests.xhtml", "recipient requests", failures);
        checkPage("/recipient/request.xhtml", "recipient request form", failures);
        checkPage("/recipient/ranking.xhtml", "recipient ranking", failures);
        checkPage("/recipient/proposals.xhtml", "recipient proposals", failures);
        checkPage("/recipient/inbox.xhtml", "recipient inbox", failures);
        checkPage("/recipient/import.xhtml", "recipient import", failures);
        checkPage("/recipient/commitments.xhtml", "recipient commitments", failures);
        checkPage("/recipient/targets.xhtml", "recipient targets", failures);
        // the target form after a failed save: messages next to the fields
        browser.driver.findElement(By.id("targetForm:createTarget")).click();
        browser.visible(By.cssSelector("#targetForm .ui-message-error"));
        browser.waitForAjax();
        check("recipient target form with errors", failures);
        checkPage(
                "/recipient/request-view.xhtml?id=" + requestOfNigerWithACommitment(),
                "recipient request detail",
                failures);
        // the form after a failed save: messages next to the fields
        browser.open("/recipient/request.xhtml");
        browser.driver.findElement(By.id("requestForm:save")).click();
        browser.visible(By.cssSelector("#requestForm .ui-message-error"));
        browser.waitForAjax();
        check("recipient request form with errors", failures);
        browser.screenshot("a11y-request-form-errors");
        // the same form in Arabic (right to left); the language is kept in the account: back to English after
        browser.open("/recipient/request.xhtml?lang=ar");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("dir"))
                .isEqualTo("rtl");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("ar");
        check("recipient request form (ar)", failures);
        browser.screenshot("a11y-request-form-ar");
        browser.open("/recipient/home.xhtml?lang=en");
        assertThat(failures).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void donorPagesHaveNoSeriousViolations() {
        List<String> failures = new ArrayList<>();
        browser.signIn("donor.DEU");
        checkPage("/donor/home.xhtml", "donor home", failures);
        checkPage("/donor/offers.xhtml", "donor offers", failures);
        checkPage("/donor/offer.xhtml", "donor offer form", failures);
        checkPage("/donor/needs.xhtml", "donor needs", failures);
        checkPage("/donor/unmet.xhtml", "donor unmet needs", failures);
        checkPage("/donor/proposals.xhtml", "donor proposals", failures);
        checkPage("/donor/inbox.xhtml", "donor inbox and subscription", failures);
        checkPage("/donor/external.xhtml", "donor external commitments", failures);
        checkPage("/donor/commitments.xhtml", "donor commitments", failures);
        firstCommitment().ifPresent(id -> checkPage("/donor/commitment.xhtml?id=" + id, "donor commitment", failures));
        assertThat(failures).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void secretariatPagesHaveNoSeriousViolations() {
        List<String> failures = new ArrayList<>();
        browser.signIn("secretariat");
        checkPage("/secretariat/home.xhtml", "secretariat home", failures);
        checkPage("/secretariat/queue.xhtml", "secretariat queue", failures);
        checkPage("/secretariat/matching.xhtml", "secretariat matching", failures);
        checkPage("/secretariat/unmet.xhtml", "secretariat unmet needs", failures);
        checkPage("/secretariat/inbox.xhtml", "secretariat inbox", failures);
        checkPage("/secretariat/duplicates.xhtml", "secretariat duplicates", failures);
        checkPage("/secretariat/complementarities.xhtml?state=MLI", "secretariat complementarities", failures);
        checkPage("/secretariat/external.xhtml", "secretariat external commitments", failures);
        checkPage("/secretariat/import.xhtml", "secretariat import", failures);
        checkPage("/secretariat/commitments.xhtml", "secretariat commitments", failures);
        checkPage("/secretariat/targets.xhtml", "secretariat targets", failures);
        browser.open("/secretariat/dashboard.xhtml");
        browser.visible(By.cssSelector("#dashByArea canvas"));
        check("secretariat dashboard", failures);
        assertThat(failures).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void adminPageHasNoSeriousViolations() {
        List<String> failures = new ArrayList<>();
        browser.signIn("admin");
        checkPage("/admin/home.xhtml", "admin home", failures);
        assertThat(failures).as("serious or critical accessibility violations").isEmpty();
    }

    /** Tab from the top of the sign-in page: skip link first, then the fields and the button in order, each outlined. */
    @Test
    void theSignInFormWorksWithTheKeyboardWithAVisibleFocus() {
        browser.signOut();
        browser.open("/login.xhtml?lang=en");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        js.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");

        List<String> order = new ArrayList<>();
        for (int i = 0; i < 40 && !order.contains("signInForm:submit"); i++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver.switchTo().activeElement();
            String id = focused.getAttribute("id");
            String key = id == null || id.isEmpty() ? focused.getTagName() + "." + focused.getAttribute("class") : id;
            order.add(key);
            if (i == 0) {
                assertThat(focused.getAttribute("class"))
                        .as("first focusable element: the skip link")
                        .contains("ch-skip");
                assertThat(focused.getAttribute("href")).endsWith("#main");
                assertThat(isInViewport(focused))
                        .as("the skip link shows when focused")
                        .isTrue();
            }
            if (Set.of("signInForm:username", "signInForm:password", "signInForm:submit")
                            .contains(id)
                    || i == 0) {
                assertVisibleOutline(focused, key);
            }
        }
        System.out.println("[a11y] sign-in tab order: " + order);
        int user = order.indexOf("signInForm:username");
        int password = order.indexOf("signInForm:password");
        int submit = order.indexOf("signInForm:submit");
        assertThat(user).as("Tab reaches the user name").isGreaterThan(0);
        assertThat(password).as("then the password").isGreaterThan(user);
        assertThat(submit).as("then the sign-in button").isGreaterThan(password);
        assertThat(order.subList(user + 1, password))
                .as("nothing between the user name and the password")
                .isEmpty();
    }

    /** The first commitment on the signed-in donor's commitments page, if any. */
    private static java.util.Optional<String> firstCommitment() {
        return browser.driver.findElements(By.cssSelector("a.commitment-request")).stream()
                .findFirst()
                .map(a -> a.getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    private static boolean isInViewport(WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver)
                .executeScript(
                        "var r = arguments[0].getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.left >= 0"
                                + " && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight;",
                        element));
    }

    private static void assertVisibleOutline(WebElement element, String name) {
        String style = element.getCssValue("outline-style");
        String width = element.getCssValue("outline-width");
        assertThat(style).as("outline style of focused " + name).isNotEqualTo("none");
        assertThat(Double.parseDouble(width.replace("px", "")))
                .as("outline width of focused " + name)
                .isGreaterThanOrEqualTo(2);
    }

    private static void checkPage(String path, String name, List<String> failures) {
        browser.open(path);
        browser.waitForAjax();
        check(name, failures);
    }

    /** Runs axe on the current page, prints every violation, adds the serious and critical ones to the failures. */
    private static void check(String page, List<String> failures) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser.driver);
        if (results.isErrored()) {
            failures.add(page + ": axe failed: " + results.getErrorMessage());
            return;
        }
        int count = 0;
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String target = String.valueOf(node.getTarget());
                if (excluded(rule.getId(), target)) {
                    continue;
                }
                String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
                String line = String.format(
                        "%s: %s [%s] %s%n      %s%n      %s",
                        page,
                        rule.getId(),
                        impact,
                        target,
                        abbreviate(node.getHtml()),
                        abbreviate(node.getFailureSummary()).replace("\n", " | "));
                System.out.println("[a11y] " + line);
                count++;
                if (FAILING_IMPACTS.contains(impact)) {
                    failures.add(line);
                }
            }
        }
        // "incomplete": what axe could not decide (e.g. a colour over an image or a gradient), for a person to look at
        String review = results.getIncomplete().stream()
                .map(r -> r.getId() + " ×" + r.getNodes().size())
                .toList()
                .toString();
        for (Rule rule : results.getIncomplete()) {
            System.out.printf(
                    "[a11y]   review %s: %s%n",
                    rule.getId(),
                    rule.getNodes().stream()
                            .map(n -> String.valueOf(n.getTarget()))
                            .toList());
        }
        System.out.printf(
                "[a11y] %s (%s): %d violation(s), %d rule(s) passed, to review by hand: %s%n",
                page, results.getUrl(), count, results.getPasses().size(), review);
    }

    private static boolean excluded(String rule, String target) {
        return EXCLUSIONS.stream().anyMatch(e -> e.rule().equals(rule) && target.equals("[" + e.selector() + "]"));
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** A request of Niger, one with a commitment when the demo data has one (the detail page shows more then). */
    private static long requestOfNigerWithACommitment() {
        var problem = org.clearinghouse.testsupport.ApiClient.as("secretariat")
                .get("/api/v1/matching/problem")
                .json();
        java.util.Set<String> committed = new java.util.HashSet<>();
        problem.path("commitments")
                .forEach(c -> committed.add(c.path("requestId").asText()));
        var mine = org.clearinghouse.testsupport.ApiClient.as("recipient.NER")
                .get("/api/v1/requests?size=100")
                .json()
                .path("items");
        assertThat(mine.size()).as("Niger has requests in the demo data").isGreaterThan(0);
        for (var r : mine) {
            if (committed.contains("R-" + r.path("id").asLong())) {
                return r.path("id").asLong();
            }
        }
        return mine.get(0).path("id").asLong();
    }
}
