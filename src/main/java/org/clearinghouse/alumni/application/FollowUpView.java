package org.clearinghouse.alumni.application;

/**
 * One follow-up of an alumnus: the day it is due (6 or 12 months after the course), the first day it may be entered,
 * and what the State wrote (null, with a null version, while nothing is entered).
 */
public record FollowUpView(int months, String dueOn, String opensOn, String applied, String enteredOn, Long version) {}
