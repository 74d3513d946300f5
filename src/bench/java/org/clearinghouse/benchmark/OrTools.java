package org.clearinghouse.benchmark;

import com.google.ortools.Loader;

/** Loads OR-Tools' native libraries once (bundled in the ortools-linux-x86-64 etc. jars). */
final class OrTools {

    private static boolean loaded;

    private OrTools() {}

    static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }
}
