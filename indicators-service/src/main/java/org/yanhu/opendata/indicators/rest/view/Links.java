package org.yanhu.opendata.indicators.rest.view;

/** The links the views carry, in one place: paths as the gateway publishes them. */
public final class Links {

    private static final String API = "/api/v1";

    private Links() {
    }

    public static String indicator(String code) {
        return API + "/indicators/" + code;
    }

    public static String source(String id) {
        return API + "/sources/" + id;
    }

    public static String observationsOfSource(String id) {
        return API + "/observations?source=" + id;
    }
}
