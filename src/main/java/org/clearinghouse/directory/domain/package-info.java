/**
 * The directory: who can ask and who can give. UN Member and observer States (read-only reference data), donor
 * organisations, the donor notion that covers both, and the code lists of docs/matching-rules.md (commitment areas,
 * assistance types, regions) as enums mirrored by reference tables.
 */
package org.clearinghouse.directory.domain;
