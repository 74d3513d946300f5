/** REST resource of the targets registry ({@code /api/v1/targets}). */
package org.clearinghouse.targets.web;
