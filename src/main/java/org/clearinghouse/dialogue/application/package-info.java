/**
 * The dialogue's use cases: read a thread as the caller may see it, write and correct a message, and tell the other
 * parties (inbox and e-mail through the notifications' {@code Notifier}); one transaction each.
 */
package org.clearinghouse.dialogue.application;
