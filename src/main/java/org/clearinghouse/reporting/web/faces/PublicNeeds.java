package org.clearinghouse.reporting.web.faces;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.reporting.application.NeedsOverview;

/** The public page: published summaries of validated needs and requested against committed US dollars. */
@Named
@RequestScoped
public class PublicNeeds {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    NeedsOverview overview;

    private List<NeedsOverview.PublishedNeed> published;
    private List<NeedsOverview.Totals> byArea;
    private List<NeedsOverview.Totals> byRegion;

    @PostConstruct
    void load() {
        published = overview.publishedNeeds();
        byArea = overview.totalsByArea();
        byRegion = overview.totalsByRegion();
    }

    public List<NeedsOverview.PublishedNeed> getPublished() {
        return published;
    }

    public long getPublishedCount() {
        return published.size();
    }

    public long getRequestedUsd() {
        return byArea.stream().mapToLong(NeedsOverview.Totals::requestedUsd).sum();
    }

    public long getCommittedUsd() {
        return byArea.stream().mapToLong(NeedsOverview.Totals::committedUsd).sum();
    }

    /** A Chart.js bar chart (horizontal: area names are long) of requested and committed US dollars by area. */
    public String getChartByArea() {
        return barChart(byArea, "area.", true);
    }

    public String getChartByRegion() {
        return barChart(byRegion, "region.", false);
    }

    static String barChart(List<NeedsOverview.Totals> totals, String labelPrefix, boolean horizontal) {
        ObjectNode chart = JSON.createObjectNode();
        chart.put("type", "bar");
        ObjectNode data = chart.putObject("data");
        ArrayNode labels = data.putArray("labels");
        totals.forEach(t -> labels.add(Texts.text(labelPrefix + t.code())));
        ArrayNode datasets = data.putArray("datasets");
        ObjectNode requested = datasets.addObject();
        requested.put("label", Texts.text("chart.requested"));
        requested.put("backgroundColor", "#12507f");
        ArrayNode requestedData = requested.putArray("data");
        totals.forEach(t -> requestedData.add(t.requestedUsd()));
        ObjectNode committed = datasets.addObject();
        committed.put("label", Texts.text("chart.committed"));
        committed.put("backgroundColor", "#e0a800");
        ArrayNode committedData = committed.putArray("data");
        totals.forEach(t -> committedData.add(t.committedUsd()));
        ObjectNode options = chart.putObject("options");
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        if (horizontal) {
            options.put("indexAxis", "y");
        }
        ObjectNode legend = options.putObject("plugins").putObject("legend");
        legend.put("position", "bottom");
        options.put("locale", Texts.languageTag()); // axis and tooltip numbers as the page's language writes them
        return chart.toString();
    }
}
