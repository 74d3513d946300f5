package org.clearinghouse.accounts.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.clearinghouse.accounts.application.ApiTokenInput;
import org.clearinghouse.accounts.application.ApiTokenService;
import org.clearinghouse.accounts.application.ApiTokenView;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.application.CreatedApiToken;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.Texts;

/** The signed-in person's personal API tokens: make one (shown once), see them, revoke one. */
@Named
@ViewScoped
public class ApiTokensPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokenService tokens;

    @Inject
    Instance<Caller> caller;

    private String name;
    private CreatedApiToken created;
    private List<ApiTokenView> list;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        list = tokens.list(caller.get());
    }

    public void create() {
        CreatedApiToken made = FormSubmission.withFields(Map.of("name", "tokenForm:name"))
                .call(() -> tokens.create(caller.get(), new ApiTokenInput(name)));
        if (made != null) {
            created = made;
            name = null;
            reload();
            Texts.info("tokens.created");
        }
    }

    public void revoke(ApiTokenView token) {
        if (FormSubmission.handling()
                .deniedOrMissing("tokens.missing")
                .run(() -> tokens.revoke(caller.get(), token.id()))) {
            created = null;
            reload();
            Texts.info("tokens.revoked", token.name());
        }
    }

    public List<ApiTokenView> getTokens() {
        return list;
    }

    /** The token just made, shown this once; null otherwise. */
    public CreatedApiToken getCreated() {
        return created;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
