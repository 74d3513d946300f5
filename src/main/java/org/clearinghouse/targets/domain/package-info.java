/**
 * Voluntary targets: what a State (or, for a region, the secretariat) means to achieve by a year, measured by an
 * indicator (SDG 16.4.2 among them) from a baseline to a target value; requests may serve a target.
 */
package org.clearinghouse.targets.domain;
