/** JPA repositories of commitments and rejections. */
package org.clearinghouse.commitments.persistence;
