package org.clearinghouse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The portal in Russian and in Chinese, in a real browser: the language is picked in the header, then the public
 * page, the sign-in page and each role's home page show their texts, money and months in that language, left to right,
 * and are saved as screenshots ({@code target/screenshots/lang-<code>-*.png}: look at them to see the glyphs drawn; the
 * Chinese ones need a CJK font such as Debian's fonts-noto-cjk). A demo account keeps the language it signed in with:
 * each test puts it back to English at the end.
 */
class LanguagesIT {

    /** The browser of these tests; a failed test leaves a screenshot of its page. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static final Browser browser = Browser.perTestClass("lang-failed-");

    /** Per language: the public page's title and words of the Programme of Action, as the UN writes them. */
    private static final Map<String, List<String>> KNOWN = Map.of(
            "ru",
                    List.of(
                            "Сопоставление потребностей в помощи с ресурсами",
                            "Программа действий",
                            "стрелковому оружию и легким вооружениям",
                            "Международного документа по отслеживанию"),
            "zh", List.of("将援助需求与资源相匹配", "《行动纲领》", "小武器和轻武器", "《国际追查文书》"));

    /** A month as the language writes it ("март 2027 г.", "2027年3月"). */
    private static final Map<String, Pattern> MONTH = Map.of(
            "ru",
                    Pattern.compile("(январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)"
                            + "[ \u00a0]\\d{4}[ \u00a0]г\\."),
            "zh", Pattern.compile("\\d{4}年\\d{1,2}月"));

    /** An amount in US dollars ("240 000 $", "US$240,000"; the browser reads a no-break space as a space). */
    private static final Map<String, Pattern> MONEY = Map.of(
            "ru", Pattern.compile("\\d{1,3}([ \u00a0\u202f]\\d{3})*[ \u00a0\u202f]\\$"),
            "zh", Pattern.compile("US\\$\\d{1,3}(,\\d{3})*"));

    @ParameterizedTest
    @ValueSource(strings = {"zh", "ru"})
    void thePublicAndSignInPagesInTheLanguagePickedInTheHeader(String language) {
        ResourceBundle texts = texts(language);
        browser.signOut();
        browser.open("/?lang=en");

        browser.driver.findElement(By.id("lang-" + language)).click();
        browser.waitForPage();

        assertLanguageOfThePage(language);
        assertThat(browser.driver.findElement(By.tagName("h1")).getText())
                .isEqualTo(texts.getString("public.title"))
                .isEqualTo(KNOWN.get(language).get(0));
        String body = browser.driver.findElement(By.tagName("body")).getText();
        assertThat(body).contains(KNOWN.get(language).subList(1, 4));
        assertThat(browser.driver.findElement(By.id("stat-requested")).getText())
                .matches(MONEY.get(language));
        browser.drawnChart("chartByArea");
        browser.drawnChart("chartByRegion");
        browser.drawnChart("chartByYear");
        List<?> chartLocales = (List<?>) ((JavascriptExecutor) browser.driver)
                .executeScript("return Object.values(PrimeFaces.widgets).filter(function(w) { return w && w.chart; })"
                        + ".map(function(w) { return w.chart.options.locale; });");
        assertThat(chartLocales.stream().map(String::valueOf).toList())
                .as("the charts write their numbers in " + language)
                .hasSizeGreaterThanOrEqualTo(3)
                .containsOnly(language);
        assertThat(browser.driver.findElements(By.cssSelector("#publishedForm\\:published_data tr")))
                .isNotEmpty();
        assertThat(MONTH.get(language).matcher(body).find())
                .as("a month written in " + language)
                .isTrue();
        assertLanguageMenu();
        assertNoRawKeys();
        browser.screenshot("lang-" + language + "-01-public");

        browser.open("/login.xhtml");
        assertLanguageOfThePage(language);
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains(texts.getString("signin.intro"));
        assertThat(browser.driver.findElement(By.id("signInForm:submit")).getText())
                .isEqualTo(texts.getString("signin.submit"));
        browser.screenshot("lang-" + language + "-02-signin");
        browser.open("/?lang=en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "ru"})
    void everyRoleSeesItsHomePageInTheLanguage(String language) {
        ResourceBundle texts = texts(language);
        record Role(String user, String role, String home, String titleKey) {}
        for (Role r : List.of(
                new Role("recipient.NER", "RECIPIENT", "/recipient/home.xhtml", "recipient.home.title"),
                new Role("donor.DEU", "DONOR", "/donor/home.xhtml", "donor.home.title"),
                new Role("secretariat", "SECRETARIAT", "/secretariat/home.xhtml", "secretariat.home.title"),
                new Role("admin", "ADMIN", "/admin/home.xhtml", "admin.home.title"))) {
            try {
                signInOnThePageOf(language, r.user());
                assertThat(browser.driver.getCurrentUrl()).endsWith(r.home());
                assertLanguageOfThePage(language);
                assertThat(browser.driver.findElement(By.id("user-role")).getText())
                        .startsWith(texts.getString("role." + r.role()));
                assertThat(browser.driver.findElement(By.tagName("h1")).getText())
                        .isEqualTo(texts.getString(r.titleKey()));
                assertThat(browser.driver.findElement(By.cssSelector("footer")).getText())
                        .contains(KNOWN.get(language).get(1));
                if (r.role().equals("DONOR")) {
                    String body = browser.driver.findElement(By.tagName("body")).getText();
                    assertThat(MONEY.get(language).matcher(body).find())
                            .as("dollars written in " + language)
                            .isTrue();
                    assertThat(MONTH.get(language).matcher(body).find())
                            .as("a month written in " + language)
                            .isTrue();
                }
                assertNoRawKeys();
                browser.screenshot("lang-" + language + "-03-home-" + r.role().toLowerCase(Locale.ROOT));
                if (r.role().equals("RECIPIENT")) {
                    theRequestFormAndItsCalendar(language, texts);
                }
                if (r.role().equals("ADMIN")) {
                    browser.open("/admin/accounts.xhtml");
                    assertThat(browser.driver.findElement(By.tagName("h1")).getText())
                            .isEqualTo(texts.getString("admin.accounts.title"));
                    browser.screenshot("lang-" + language + "-04-admin-accounts");
                }
            } finally {
                browser.open(r.home() + "?lang=en"); // the demo account's language back to English
            }
        }
    }

    /** The request form, and its month picker open: PrimeFaces' own texts in the language too. */
    private static void theRequestFormAndItsCalendar(String language, ResourceBundle texts) {
        browser.open("/recipient/request.xhtml");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText())
                .isEqualTo(texts.getString("request.new.title"));
        assertThat(((JavascriptExecutor) browser.driver)
                        .executeScript(
                                "return !!(window.PrimeFaces && PrimeFaces.locales && PrimeFaces.locales[arguments[0]]);",
                                language))
                .as("PrimeFaces' " + language + " locale is loaded")
                .isEqualTo(Boolean.TRUE);
        browser.driver
                .findElement(By.cssSelector("#requestForm\\:start .ui-datepicker-trigger"))
                .click();
        WebElement panel = browser.visible(By.id("requestForm:start_panel"));
        browser.wait.until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return jQuery(':animated').length === 0;")));
        String months = panel.getText();
        assertThat(months).contains("zh".equals(language) ? "月" : "Мар"); // "3月", "Мар": March in the month view
        browser.screenshot("lang-" + language + "-05-request-form-calendar");
        browser.driver.findElement(By.id("requestForm:start_input")).sendKeys(Keys.ESCAPE);
    }

    /** Signs in on the sign-in page shown in this language (the language of the session then goes to the account). */
    private static void signInOnThePageOf(String language, String username) {
        browser.signOut();
        browser.open("/login.xhtml?lang=" + language);
        browser.type(By.id("signInForm:username"), username);
        browser.type(By.id("signInForm:password"), "demo");
        browser.driver.findElement(By.id("signInForm:submit")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-role")));
        browser.waitForPage();
    }

    private static ResourceBundle texts(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language));
        assertThat(bundle.getLocale().getLanguage()).isEqualTo(language);
        return bundle;
    }

    /** {@code <html lang="zh" dir="ltr">}: Russian and Chinese are written from left to right. */
    private static void assertLanguageOfThePage(String language) {
        WebElement html = browser.driver.findElement(By.tagName("html"));
        assertThat(html.getAttribute("lang")).isEqualTo(language);
        assertThat(html.getAttribute("dir")).isEqualTo("ltr");
        assertThat(browser.driver.findElement(By.id("lang-" + language)).getAttribute("aria-current"))
                .isEqualTo("true");
    }

    /** The six languages in the header, each under its own name. */
    private static void assertLanguageMenu() {
        assertThat(browser.driver.findElements(By.cssSelector(".ch-languages .ch-lang")))
                .extracting(WebElement::getText)
                .containsExactly("English", "Français", "Español", "العربية", "Русский", "中文");
    }

    private static void assertNoRawKeys() {
        String text = browser.driver.findElement(By.tagName("body")).getText();
        assertThat(text)
                .doesNotContain("???")
                .doesNotContainPattern(
                        "\\b(field|nav|action|status|area|region|type|role|public|signin)\\.[a-zA-Z_]+\\b");
    }
}
