package org.clearinghouse.matchingruns.web.faces;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import org.clearinghouse.matchingruns.application.CoverageView;
import org.clearinghouse.platform.web.faces.Texts;

/** The coverage of a run as Chart.js bar charts: percent funded by priority, area or region. */
final class RunCoverage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunCoverage() {}

    static String byPriority(List<CoverageView.Share> shares) {
        return chart(shares, key -> Texts.text("matching.coverage.priority", key), false);
    }

    static String byArea(List<CoverageView.Share> shares) {
        return chart(shares, key -> Texts.text("area." + key), true);
    }

    static String byRegion(List<CoverageView.Share> shares) {
        return chart(shares, key -> Texts.text("region." + key), false);
    }

    private static String chart(List<CoverageView.Share> shares, Function<String, String> label, boolean horizontal) {
        ObjectNode chart = JSON.createObjectNode();
        chart.put("type", "bar");
        ObjectNode data = chart.putObject("data");
        ArrayNode labels = data.putArray("labels");
        shares.forEach(s -> labels.add(label.apply(s.key())));
        ObjectNode funded = data.putArray("datasets").addObject();
        funded.put("label", Texts.text("matching.coverage.funded") + " (%)");
        funded.put("backgroundColor", "#12507f");
        ArrayNode values = funded.putArray("data");
        shares.forEach(s -> values.add(s.getPercent()));
        ObjectNode options = chart.putObject("options");
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        if (horizontal) {
            options.put("indexAxis", "y");
        }
        ObjectNode value = options.putObject("scales").putObject(horizontal ? "x" : "y");
        value.put("min", 0);
        value.put("max", 100);
        options.putObject("plugins").putObject("legend").put("display", false);
        options.put("locale", Texts.languageTag()); // axis and tooltip numbers as the page's language writes them
        return chart.toString();
    }
}
