package org.yanhu.opendata.projects.rest;

/** The paths of this service's resources, as the views link to them. */
public final class Links {

    private Links() {
    }

    public static String project(String slug) {
        return "/api/v1/projects/" + slug;
    }

    public static String history(String slug) {
        return project(slug) + "/history";
    }

    public static String pledge(String slug) {
        return "/api/v1/pledges/" + slug;
    }
}
