package org.yanhu.opendata.indicators.extraction;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The hand-reviewed gold lists of the two seeds, and the seeds themselves. */
final class GoldList {

    /** One figure of a gold list; start/end bound its quote in code points. */
    record GoldFigure(BigDecimal value, String text, String unit, String comparator, String kind, String period,
                      int start, int end, String quote, String indicator, String note) {
    }

    static final List<String> SEEDS = List.of("000_1861cacfb8655aea", "004_006121198c1df0a0");

    private GoldList() {
    }

    static List<GoldFigure> of(String documentId) {
        return rows("extraction/gold-" + documentId + ".csv").stream()
                .map(r -> new GoldFigure(new BigDecimal(r.get("value")), r.get("text"), r.get("unit"), r.get("comparator"),
                        r.get("kind"), r.get("period"), Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end")),
                        r.get("quote"), r.get("indicator"), r.get("note")))
                .toList();
    }

    static List<Map<String, String>> rows(String resource) {
        try (InputStream in = GoldList.class.getClassLoader().getResourceAsStream(resource);
                MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            return it.readAll();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /**
     * The seed text. The seeds live in shared/seeds beside the repository (../shared/seeds for /work/main, two
     * levels up for a worktree); the nearest one up from the module wins.
     */
    static String seed(String documentId) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("shared").resolve("seeds").resolve(documentId + ".txt");
            if (Files.isRegularFile(file)) {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read " + file, e);
                }
            }
        }
        throw new IllegalStateException("seed " + documentId + " not found in any shared/seeds above " + Path.of("").toAbsolutePath());
    }
}
