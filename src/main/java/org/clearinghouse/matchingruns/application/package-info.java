/**
 * The server side of matching: the open problem read from the database in the exchange format (validated requests,
 * open offers, commitments, rejections), the all-or-nothing import of a problem file, runs solved in the background
 * by the engine, their proposals stored, coverage and unfunded requests. Maps database entities to the plain
 * planning model and back; the engine itself knows nothing of the database.
 */
package org.clearinghouse.matchingruns.application;
