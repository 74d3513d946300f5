package org.clearinghouse.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.Map;

/**
 * Signing in on the portal's form as a person does (the session cookie then also opens the API), and posting the
 * Faces forms of a page: its view state, and PrimeFaces' CSP nonce when the page has one.
 */
final class PortalSignIn {

    /** The password of every demo account. */
    static final String DEMO_PASSWORD = "demo";

    private static final String VIEW_STATE = "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"";
    private static final String NONCE = "nonce=\"([^\"]+)\"";

    private PortalSignIn() {}

    /** Signs in as the session's {@code account} and lands on its role's home page. */
    static ChainBuilder signIn() {
        return exec(http("sign-in page")
                        .get("/login.xhtml?lang=en")
                        .check(status().is(200))
                        .check(viewState())
                        .check(nonce()))
                .exec(http("sign in")
                        .post("/login.xhtml")
                        .formParam("signInForm", "signInForm")
                        .formParam("signInForm:next", "")
                        .formParam("signInForm:username", "#{account}")
                        .formParam("signInForm:password", DEMO_PASSWORD)
                        .formParam("signInForm:submit", "signInForm:submit")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParamMap(PortalSignIn::nonceParameter)
                        .check(status().is(200))
                        .check(currentLocationRegex(".*/(recipient|donor|secretariat|admin)/.*")
                                .exists()));
    }

    /** Saves the page's view state (unescaped) as {@code viewState}. */
    static io.gatling.javaapi.core.CheckBuilder.Final viewState() {
        return regex(VIEW_STATE)
                .transform(v -> v.replace("&#58;", ":").replace("&amp;", "&"))
                .saveAs("viewState");
    }

    /** Saves the page's CSP nonce, when it has one, as {@code nonce}. */
    static io.gatling.javaapi.core.CheckBuilder.Final nonce() {
        return regex(NONCE).optional().saveAs("nonce");
    }

    /** The {@code primefaces.nonce} parameter of a postback, when the page had a nonce. */
    static Map<String, Object> nonceParameter(Session session) {
        return session.contains("nonce") ? Map.of("primefaces.nonce", session.getString("nonce")) : Map.of();
    }
}
