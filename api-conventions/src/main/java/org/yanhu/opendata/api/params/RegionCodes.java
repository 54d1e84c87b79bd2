package org.yanhu.opendata.api.params;

/**
 * The one check of GB/T 2260 region codes (six digits, such as 140802 for 盐湖区), for
 * {@code @Pattern(regexp = RegionCodes.PATTERN, message = RegionCodes.MESSAGE)} on a parameter or field:
 * a plain {@code @Pattern}, so that the OpenAPI document shows it too. Whether the region exists is the
 * code list's business.
 */
public final class RegionCodes {

    public static final String PATTERN = "\\d{6}";
    public static final String MESSAGE = "must be a 6-digit GB/T 2260 code such as 140802";

    private RegionCodes() {
    }
}
