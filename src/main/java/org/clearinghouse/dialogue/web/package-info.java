/** The dialogue's REST resources: the threads of requests and proposals under {@code /api/v1}. */
package org.clearinghouse.dialogue.web;
