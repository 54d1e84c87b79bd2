package org.yanhu.opendata.gateway.profile;

/** indicators-service knows no region with this code. */
public class UnknownRegionException extends RuntimeException {

    private final String code;

    public UnknownRegionException(String code) {
        super("No region with code '" + code + "'; see /api/v1/regions for the regions with data", null, false,
                false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
