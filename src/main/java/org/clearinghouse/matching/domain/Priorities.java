package org.clearinghouse.matching.domain;

/** The weights of national priorities: W(1)=16, W(2)=8, W(3)=4, W(4)=2, W(5)=1. */
public final class Priorities {

    public static final int HIGHEST = 1;
    public static final int LOWEST = 5;
    /** At most this many distinct offers may fund one request (rule H10). */
    public static final int MAX_OFFERS_PER_REQUEST = 3;

    private Priorities() {}

    public static int weight(int priority) {
        if (priority < HIGHEST || priority > LOWEST) {
            throw new IllegalArgumentException("priority outside 1-5: " + priority);
        }
        return 1 << (LOWEST - priority);
    }
}
