package org.clearinghouse.reporting.web.faces;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.reporting.application.Complementarities;
import org.clearinghouse.reporting.application.ComplementarityService;
import org.clearinghouse.shared.errors.NotFoundException;

/**
 * The complementarities page: pick a State, see per year and area what it requested against what is committed here
 * and funded elsewhere (a bar chart drawn with CSS, and the same figures in a table), and every item behind them.
 */
@Named
@ViewScoped
public class ComplementaritiesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One year of the chart with its areas. */
    public record YearGroup(int year, List<Complementarities.Cell> cells) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    ComplementarityService service;

    @Inject
    Instance<Caller> caller;

    private String state;
    private Complementarities shown;
    private long scale = 1;

    /** Reads the State named by {@code ?state=} (the page's view action) or picked in the form. */
    public void show() {
        shown = null;
        if (state == null || state.isBlank()) {
            return;
        }
        FormSubmission.handling()
                .on(NotFoundException.class, unknown -> Texts.error("complementarities.unknownState", state))
                .run(() -> {
                    shown = service.of(caller.get(), state);
                    scale = Math.max(
                            1,
                            shown.cells().stream()
                                    .mapToLong(c ->
                                            Math.max(c.requestedUsd(), c.committedHereUsd() + c.fundedElsewhereUsd()))
                                    .max()
                                    .orElse(1));
                });
    }

    public List<YearGroup> getYears() {
        if (shown == null) {
            return List.of();
        }
        Map<Integer, List<Complementarities.Cell>> byYear = new LinkedHashMap<>();
        shown.cells()
                .forEach(c ->
                        byYear.computeIfAbsent(c.year(), y -> new ArrayList<>()).add(c));
        return byYear.entrySet().stream()
                .map(e -> new YearGroup(e.getKey(), e.getValue()))
                .toList();
    }

    /** The width of a bar in the chart, as a CSS percentage of the largest figure shown. */
    public String width(long amountUsd) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * Math.max(0, amountUsd) / scale);
    }

    /** The severity of an assessment's tag. */
    public String severity(String assessment) {
        return switch (assessment) {
            case Complementarities.GAP -> "warning";
            case Complementarities.OVERLAP -> "danger";
            default -> "success";
        };
    }

    /** The sources of funding elsewhere, in words of the codes ("UNSCAR 60,000; BILATERAL 50,000"). */
    public List<Map.Entry<String, Long>> sources(Complementarities.Cell cell) {
        return cell.elsewhereBySource().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .toList();
    }

    public Complementarities getShown() {
        return shown;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
