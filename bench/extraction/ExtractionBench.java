import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yanhu.opendata.indicators.extraction.Candidate;
import org.yanhu.opendata.indicators.extraction.FigureExtractor;
import org.yanhu.opendata.indicators.extraction.KnownIndicator;
import org.yanhu.opendata.indicators.extraction.NameOverlapSuggester;
import org.yanhu.opendata.indicators.extraction.SourceText;
import org.yanhu.opendata.indicators.extraction.UnitTable;

/**
 * How long the extractor takes on a 20,000-character report: the two seeds, then a copy of them with every
 * number changed (so that no line repeats and nothing is skipped as a repeat), cut to 20,000 code points, with
 * the 91 known indicators as the suggester's catalogue. Prints the first (cold) run and the spread of warm runs.
 * Usage: java -cp indicators-service/target/classes bench/extraction/ExtractionBench.java SEEDS_DIR INDICATORS_CSV
 */
public class ExtractionBench {

    static final int LENGTH = 20_000;
    static final int WARM_RUNS = 50;
    static final long LIMIT_NANOS = 1_000_000_000L;

    public static void main(String[] args) throws Exception {
        Path seeds = Path.of(args[0]);
        String a = Files.readString(seeds.resolve("000_1861cacfb8655aea.txt"), StandardCharsets.UTF_8);
        String b = Files.readString(seeds.resolve("004_006121198c1df0a0.txt"), StandardCharsets.UTF_8);
        String report = cut(a + b + shiftNumbers(a + b), LENGTH);
        List<KnownIndicator> known = indicators(Path.of(args[1]));
        SourceText source = new SourceText("bench", report, LocalDate.of(2024, 2, 23));

        long t0 = System.nanoTime();
        FigureExtractor extractor = new FigureExtractor(new NameOverlapSuggester(known, UnitTable.standard()));
        List<Candidate> first = extractor.extract(source);
        long cold = System.nanoTime() - t0;

        long[] warm = new long[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            long t = System.nanoTime();
            int n = extractor.extract(source).size();
            warm[i] = System.nanoTime() - t;
            if (n != first.size()) {
                throw new IllegalStateException("the extractor is not deterministic: " + n + " vs " + first.size());
            }
        }
        Arrays.sort(warm);
        System.out.printf("report: %d code points, %d candidates, %d known indicators%n",
                report.codePointCount(0, report.length()), first.size(), known.size());
        System.out.printf("cold (first call, incl. class loading): %.1f ms%n", cold / 1e6);
        System.out.printf("warm over %d runs: min %.1f ms, median %.1f ms, max %.1f ms%n", WARM_RUNS, warm[0] / 1e6,
                warm[WARM_RUNS / 2] / 1e6, warm[WARM_RUNS - 1] / 1e6);
        boolean ok = cold < LIMIT_NANOS && warm[WARM_RUNS - 1] < LIMIT_NANOS;
        System.out.println(ok ? "PASS: under one second" : "FAIL: one second or more");
        System.exit(ok ? 0 : 1);
    }

    /** Adds 1 to every Arabic number, so that the copy states other figures in the same words. */
    static String shiftNumbers(String text) {
        Matcher m = Pattern.compile("\\d+").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Long.toString(Long.parseLong(m.group()) + 1));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String cut(String text, int codePoints) {
        if (text.codePointCount(0, text.length()) < codePoints) {
            return cut(text + shiftNumbers(text), codePoints);
        }
        return text.substring(0, text.offsetByCodePoints(0, codePoints));
    }

    static List<KnownIndicator> indicators(Path csv) throws Exception {
        List<KnownIndicator> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", 4);
            String unit = line.substring(line.lastIndexOf(',') + 1);
            out.add(new KnownIndicator(f[0], f[2], f[3], unit));
        }
        return out;
    }
}
