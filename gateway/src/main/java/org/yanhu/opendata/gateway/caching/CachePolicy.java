package org.yanhu.opendata.gateway.caching;

/**
 * The Cache-Control values the gateway sets on its own answers. Proxied answers keep the services'
 * policy; the services set {@code public, max-age} on reads.
 */
public final class CachePolicy {

    /** A problem the gateway writes instead of a service's answer: never stored, it says nothing about the resource. */
    public static final String PROBLEM = "no-store";

    /** The merged OpenAPI document changes when a service's does: keep it, but revalidate (cheap, by ETag). */
    public static final String REVALIDATE = "no-cache";

    private CachePolicy() {
    }
}
