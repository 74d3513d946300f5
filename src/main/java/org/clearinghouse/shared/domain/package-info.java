/**
 * Building blocks every feature's domain model shares: the audited, optimistically locked entity base class (with
 * the version and status checks made before a caller's change), the embeddable period of months and the "start
 * month not after end month" class-level constraint. No feature logic lives here.
 */
package org.clearinghouse.shared.domain;
