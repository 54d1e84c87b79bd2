package org.yanhu.opendata.api.error;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rule for reference rows (units, topics, regions, sources, indicators, sectors...) that an import
 * brings again: a row identical to the published one is skipped, a new code is added, and a row that
 * gives a published code other values is refused. Nothing is silently overwritten, so the import is a
 * 409 that names every redefined code, and nothing is written.
 *
 * <pre>{@code
 * Redefinitions redefinitions = new Redefinitions();
 * redefinitions.compare("units[" + i + "]", "unit", row.code(),
 *         Redefinitions.field("base_unit", unit.baseUnit, row.baseUnit()),
 *         Redefinitions.field("multiplier", unit.multiplier, row.multiplier()));
 * redefinitions.refuseAny();
 * }</pre>
 */
public final class Redefinitions {

    /** One field of a reference row: its published and its incoming value. */
    public record Field(String name, Object published, Object incoming) {

        boolean differs() {
            if (published instanceof BigDecimal a && incoming instanceof BigDecimal b) {
                return a.compareTo(b) != 0;
            }
            return !Objects.equals(blankToNull(published), blankToNull(incoming));
        }

        private static Object blankToNull(Object value) {
            return value instanceof String s && s.isBlank() ? null : value;
        }
    }

    private final List<FieldError> errors = new ArrayList<>();

    public static Field field(String name, Object published, Object incoming) {
        return new Field(name, published, incoming);
    }

    /**
     * Compares an incoming row with the published row of the same code; returns whether they are the same
     * (so the caller skips the row), and records a redefinition otherwise.
     */
    public boolean compare(String at, String kind, String code, Field... fields) {
        List<String> changed = new ArrayList<>();
        for (Field f : fields) {
            if (f.differs()) {
                changed.add(f.name() + " " + plain(f.published()) + ", not " + plain(f.incoming()));
            }
        }
        if (changed.isEmpty()) {
            return true;
        }
        errors.add(new FieldError(at, kind + " '" + code + "' is already published with " + String.join("; ", changed)
                + ". A published code is never redefined: give the new definition a new code"));
        return false;
    }

    /** The batch itself gives one code two different definitions. */
    public void definedTwice(String at, String kind, String code) {
        errors.add(new FieldError(at, kind + " '" + code + "' is defined twice in the batch, differently"));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws the 409 that lists every redefined code, when there is one. */
    public void refuseAny() {
        if (!errors.isEmpty()) {
            throw new Conflict((errors.size() == 1 ? "1 reference row redefines a published code"
                    : errors.size() + " reference rows redefine published codes") + "; nothing was imported", errors);
        }
    }

    private static String plain(Object value) {
        if (value == null) {
            return "(none)";
        }
        return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : "'" + value + "'";
    }
}
