package org.yanhu.opendata.api.caching;

/**
 * This instance has learnt of a newer data version: its own write committed, or another instance's write
 * reached it by notification or by reading the table. Fired by {@link DataVersionTable}.
 */
public record DataVersionChanged(long version) {
}
