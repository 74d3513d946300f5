/**
 * Assistance requests: the needs a recipient State posts (one commitment area, one assistance type, an amount in
 * whole USD, a national priority, a period in months), their life cycle and their validation rules.
 */
package org.clearinghouse.requests.domain;
