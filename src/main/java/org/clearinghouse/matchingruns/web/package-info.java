/** REST resources of matching for the secretariat ({@code /api/v1/matching/...}). */
package org.clearinghouse.matchingruns.web;
