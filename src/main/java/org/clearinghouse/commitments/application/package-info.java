/**
 * Use cases of commitments made through other mechanisms (UNSCAR, SALIENT, the ATT Voluntary Trust Fund, regional
 * funds, bilateral aid): recorded by the secretariat or by a donor for itself, read by the secretariat and donors
 * (all) and recipients (their State's); one transaction each.
 */
package org.clearinghouse.commitments.application;
