package org.clearinghouse.reporting.web.faces;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.reporting.application.Dashboard;

/** Chart.js configurations (JSON) of the dashboard's figures, with labels from the bundles. */
final class Charts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Charts() {}

    /** Requested, committed and disbursed US dollars of each group, as bars. */
    static String money(List<Dashboard.Group> groups, Function<String, String> label, boolean horizontal) {
        ObjectNode chart = JSON.createObjectNode();
        chart.put("type", "bar");
        ObjectNode data = chart.putObject("data");
        ArrayNode labels = data.putArray("labels");
        groups.forEach(g -> labels.add(label.apply(g.key())));
        ArrayNode datasets = data.putArray("datasets");
        dataset(datasets, "chart.requested", "#12507f", groups, g -> g.requestedUsd());
        dataset(datasets, "chart.committed", "#e0a800", groups, g -> g.committedUsd());
        dataset(datasets, "chart.disbursed", "#2e7d32", groups, g -> g.disbursedUsd());
        options(chart, horizontal);
        return chart.toString();
    }

    /** One bar per value, labelled by the given bundle keys. */
    static String bars(List<String> labelKeys, List<Double> values, String datasetKey) {
        ObjectNode chart = JSON.createObjectNode();
        chart.put("type", "bar");
        ObjectNode data = chart.putObject("data");
        ArrayNode labels = data.putArray("labels");
        labelKeys.forEach(k -> labels.add(Texts.text(k)));
        ObjectNode set = data.putArray("datasets").addObject();
        set.put("label", Texts.text(datasetKey));
        set.put("backgroundColor", "#12507f");
        ArrayNode points = set.putArray("data");
        values.forEach(v -> points.add(v == null ? 0 : v));
        options(chart, true);
        return chart.toString();
    }

    /** A doughnut of a part and the rest of a whole. */
    static String share(int part, int whole, String partKey, String restKey) {
        ObjectNode chart = JSON.createObjectNode();
        chart.put("type", "doughnut");
        ObjectNode data = chart.putObject("data");
        data.putArray("labels").add(Texts.text(partKey)).add(Texts.text(restKey));
        ObjectNode set = data.putArray("datasets").addObject();
        set.putArray("data").add(part).add(Math.max(0, whole - part));
        set.putArray("backgroundColor").add("#12507f").add("#c9d3dd");
        options(chart, false);
        return chart.toString();
    }

    private static void dataset(
            ArrayNode datasets,
            String key,
            String colour,
            List<Dashboard.Group> groups,
            ToDoubleFunction<Dashboard.Group> value) {
        ObjectNode set = datasets.addObject();
        set.put("label", Texts.text(key));
        set.put("backgroundColor", colour);
        ArrayNode points = set.putArray("data");
        groups.forEach(g -> points.add(value.applyAsDouble(g)));
    }

    private static void options(ObjectNode chart, boolean horizontal) {
        ObjectNode options = chart.putObject("options");
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        if (horizontal) {
            options.put("indexAxis", "y");
        }
        options.putObject("plugins").putObject("legend").put("position", "bottom");
        options.put("locale", Texts.languageTag()); // axis and tooltip numbers as the page's language writes them
    }
}
