package org.clearinghouse.alumni.application;

import java.time.LocalDate;
import java.util.List;

/** One completed course as the counts see it: no name, only State, region, gender, the call's areas and end. */
record TrainedOfficial(String state, String region, String gender, List<String> areas, LocalDate courseEnd) {}
