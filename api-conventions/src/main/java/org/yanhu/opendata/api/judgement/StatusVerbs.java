package org.yanhu.opendata.api.judgement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one table of status verbs ({@code status-verbs.csv} beside this class): each verb of the reports maps to
 * exactly one of the five project statuses. A project's status is derived from the verb of its release, never
 * typed by hand.
 *
 * <p>One more rule, for plans: a release quoted from a document's plan section (its period is one the document
 * plans) states an intention, so a verb of <em>doing</em> (实施, 建设, 新建) gives {@code planned}, with
 * {@code stated} evidence. A verb that <em>presupposes</em> the thing exists (深化, 发挥…作用, 加快…建设)
 * keeps its status in a plan too, as an inference.
 */
public final class StatusVerbs {

    /** The five statuses, in their order. */
    public static final List<String> STATUSES = List.of("planned", "under_construction", "ongoing", "completed",
            "operational");

    /** How a verb reads in a plan: as something to do, or as presupposing the thing exists. */
    public enum Sense {
        DOING, EXISTING
    }

    /**
     * One row of the table.
     *
     * @param verb the verb as written; … stands for the object between its parts (发挥…作用)
     */
    public record StatusVerb(String verb, String status, Evidence evidence, Sense sense, String en, String example) {

        /** Whether the quote contains the verb, its parts in order. */
        public boolean appearsIn(String quote) {
            int at = 0;
            for (String part : verb.split("…")) {
                int found = quote.indexOf(part, at);
                if (found < 0) {
                    return false;
                }
                at = found + part.length();
            }
            return true;
        }
    }

    /** A derived status and its evidence. */
    public record Derived(String status, Evidence evidence) {
    }

    private static final Map<String, StatusVerb> TABLE = load();

    private StatusVerbs() {
    }

    /** Every row, in the table's order. */
    public static List<StatusVerb> all() {
        return List.copyOf(TABLE.values());
    }

    public static Optional<StatusVerb> verb(String verb) {
        return Optional.ofNullable(verb == null ? null : TABLE.get(verb));
    }

    /** The status a release with this verb has; {@code inPlan} when quoted from the plan section of its source. */
    public static Derived derive(StatusVerb verb, boolean inPlan) {
        if (!inPlan) {
            return new Derived(verb.status(), verb.evidence());
        }
        return verb.sense() == Sense.DOING ? new Derived("planned", Evidence.STATED)
                : new Derived(verb.status(), Evidence.INFERRED);
    }

    private static Map<String, StatusVerb> load() {
        Map<String, StatusVerb> table = new LinkedHashMap<>();
        try (InputStream in = StatusVerbs.class.getResourceAsStream("status-verbs.csv")) {
            if (in == null) {
                throw new IllegalStateException("status-verbs.csv is missing beside StatusVerbs");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>(reader.lines().toList());
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 6 || !STATUSES.contains(f[1])) {
                    throw new IllegalStateException("status-verbs.csv: bad row '" + line + "'");
                }
                StatusVerb row = new StatusVerb(f[0], f[1], Evidence.of(f[2]).orElseThrow(),
                        Sense.valueOf(f[3].toUpperCase(java.util.Locale.ROOT)), f[4], f[5]);
                if (table.put(row.verb(), row) != null) {
                    throw new IllegalStateException("status-verbs.csv: the verb '" + row.verb() + "' twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
