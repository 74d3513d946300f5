package org.clearinghouse.reporting.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One State's requests and every commitment to it (made here, or funded through another mechanism) by area and year,
 * so that gaps (requested but not funded) and overlaps (funded more than requested) show at a glance. Amounts in USD;
 * the year of an item is the year its period starts.
 */
public record Complementarities(
        String state,
        String stateName,
        List<Cell> cells,
        List<Item> items,
        long requestedUsd,
        long committedHereUsd,
        long fundedElsewhereUsd)
        implements Serializable {

    public Complementarities {
        cells = List.copyOf(cells);
        items = List.copyOf(items);
    }

    /** What the State requested and what is funded, for one area in one year. */
    public record Cell(
            int year,
            String area,
            long requestedUsd,
            long committedHereUsd,
            long fundedElsewhereUsd,
            Map<String, Long> elsewhereBySource,
            long openUsd,
            String assessment)
            implements Serializable {

        public Cell {
            elsewhereBySource = Map.copyOf(elsewhereBySource);
        }
    }

    /**
     * A request ({@code kind} REQUEST), a commitment made here (PLATFORM) or funding through another mechanism
     * (EXTERNAL: {@code source} is the mechanism). {@code requestId} links a commitment to the request it funds.
     */
    public record Item(
            String kind,
            long id,
            Long requestId,
            String title,
            String area,
            int year,
            String start,
            String end,
            long amountUsd,
            String source,
            String status)
            implements Serializable {}

    /** Funded less than requested. */
    public static final String GAP = "GAP";
    /** Funded exactly what was requested. */
    public static final String COVERED = "COVERED";
    /** Funded more than requested: the same need paid twice, or funding without a request. */
    public static final String OVERLAP = "OVERLAP";
}
