package org.clearinghouse.requests.application.sheet;

import java.util.List;

/** Receives a sheet's rows one by one while the file is read; answers false to stop the reading there. */
@FunctionalInterface
interface RowSink {

    /** The cell texts of the next row (row 1 first); false when no further row is wanted. */
    boolean row(List<String> cells);
}
