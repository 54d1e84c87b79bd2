package org.yanhu.opendata.gateway.openapi;

/**
 * One component name that two documents define with different shapes: {@code first} published it,
 * {@code second} means something else by it. The merger renames nothing, so this has to be fixed
 * in the service that publishes it (share the type from api-conventions, or give it its own name).
 */
public record ComponentClash(String type, String name, String first, String second, String difference) {

    @Override
    public String toString() {
        return "components/" + type + "/" + name + " means two shapes: " + first + " and " + second
                + " differ (" + difference + ")";
    }
}
