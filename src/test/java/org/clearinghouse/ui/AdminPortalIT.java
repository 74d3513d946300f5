package org.clearinghouse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The admin's accounts page in a real browser: the admin creates a recipient account for Chad (a mistake reported
 * next to its field first), the new account signs in to the recipient home; disabled, it can no longer sign in.
 */
class AdminPortalIT {

    private static final String PASSWORD = "Chad-portal-2026";

    /** The browser of these tests; a failed test leaves a screenshot of its page. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static final Browser browser = Browser.perTestClass("failed-admin-");

    @Test
    void theAdminCreatesARecipientAccountThatSignsInUntilItIsDisabled() {
        // sorts first among the recipient accounts, so it is on the table's first page
        String username = "a-chad-" + (System.currentTimeMillis() % 1_000_000);
        browser.signIn("admin");
        browser.driver.findElement(By.id("home-accounts")).click();
        browser.waitForPage();
        assertThat(browser.driver.getCurrentUrl()).endsWith("/admin/accounts.xhtml");
        browser.visible(By.id("accountsForm:accounts"));
        assertThat(browser.driver.findElements(By.cssSelector("#accountsForm\\:accounts tr.account-row")))
                .isNotEmpty();
        assertNoRawKeys();
        browser.screenshot("a01-accounts");

        // the form: two different passwords are reported next to the second one
        browser.type(By.id("accountForm:username"), username);
        browser.choose("accountForm:role", "Recipient State");
        browser.type(By.id("accountForm:password"), PASSWORD);
        browser.type(By.id("accountForm:passwordAgain"), PASSWORD + "x");
        pickBinding("TCD");
        browser.type(By.id("accountForm:fullName"), "Desk officer, Chad");
        browser.type(By.id("accountForm:email"), "desk.officer@example.org");
        browser.driver.findElement(By.id("accountForm:createAccount")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#accountForm .ui-message-error"), "The two passwords differ."));
        assertThat(browser.driver.findElements(By.cssSelector("#accountForm .ui-message-error")))
                .hasSize(1);
        browser.screenshot("a02-passwords-differ");

        browser.type(By.id("accountForm:password"), PASSWORD);
        browser.type(By.id("accountForm:passwordAgain"), PASSWORD);
        browser.driver.findElement(By.id("accountForm:createAccount")).click();
        browser.visible(By.xpath("//*[contains(text(), 'Account \"" + username + "\" created.')]"));
        browser.waitForAjax();
        browser.choose("accountsForm:filterRole", "Recipient State");
        WebElement row = row(username);
        assertThat(row.getText())
                .contains("TCD · Chad")
                .contains("Desk officer, Chad")
                .contains("English")
                .contains("Enabled");
        assertThat(browser.driver.findElements(By.cssSelector("#accountsForm\\:accounts tr.account-row")))
                .allSatisfy(r -> assertThat(r.getText()).contains("Recipient State"));
        browser.screenshot("a03-account-created");

        // the new account signs in and lands on the recipient home of Chad
        signIn(username, PASSWORD);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-role")));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/recipient/home.xhtml");
        assertThat(browser.driver.findElement(By.id("user-role")).getText()).startsWith("Recipient State");
        browser.screenshot("a04-new-account-home");

        // the admin disables it
        browser.signIn("admin");
        browser.open("/admin/accounts.xhtml");
        browser.choose("accountsForm:filterRole", "Recipient State");
        row(username).findElement(By.cssSelector(".toggle-account")).click();
        browser.visible(By.xpath("//*[contains(text(), 'Account \"" + username + "\" disabled')]"));
        browser.wait.until(d -> row(username)
                .findElement(By.cssSelector(".account-enabled"))
                .getText()
                .equals("Disabled"));
        browser.screenshot("a05-account-disabled");

        // and it can no longer sign in
        signIn(username, PASSWORD);
        browser.visible(
                By.xpath("//*[contains(text(), 'The user name or password is wrong, or the account is disabled.')]"));
        assertThat(browser.driver.findElements(By.id("user-role"))).isEmpty();
        browser.screenshot("a06-disabled-cannot-sign-in");
    }

    /** Types a code into the State or organisation picker and picks the suggestion for it. */
    private static void pickBinding(String code) {
        browser.type(By.id("accountForm:boundTo_input"), code);
        WebElement item = browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#accountForm\\:boundTo_panel li[data-item-value='" + code + "']")));
        item.click();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("accountForm:boundTo_panel")));
        browser.waitForAjax();
    }

    private static void signIn(String username, String password) {
        browser.signOut();
        browser.open("/login.xhtml?lang=en");
        browser.type(By.id("signInForm:username"), username);
        browser.type(By.id("signInForm:password"), password);
        browser.driver.findElement(By.id("signInForm:submit")).click();
        browser.waitForPage();
    }

    private static WebElement row(String username) {
        return browser.visible(
                By.xpath("//tr[contains(@class, 'account-row')][.//span[@class='account-username'][text()='" + username
                        + "']]"));
    }

    private static void assertNoRawKeys() {
        String text = browser.driver.findElement(By.tagName("body")).getText();
        assertThat(text)
                .doesNotContain("???")
                .doesNotContainPattern("\\b(admin\\.accounts|admin\\.home|nav|role)\\.[a-zA-Z_]+\\b");
    }
}
