package org.clearinghouse.requests.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** Validated needs for donors (the service shows donors validated needs only), filtered by area, region, type, priority. */
@Named
@ViewScoped
public class ValidatedNeeds extends FilteredRequestList {

    private static final long serialVersionUID = 1L;
}
