package org.yanhu.opendata.indicators.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.indicators.service.SourceTextStore;

/** The body of POST /api/v1/sources: a report's metadata and its whole text. */
@Schema(name = "SourceUpload", description = "A source document with its whole text")
public record SourceUpload(
        @Schema(example = "005_yanhu_2027") @NotBlank
        @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}", message = "must be 1 to 64 letters, digits, '_', '.' or '-'") String id,
        @NotNull @Valid Title title,
        @Schema(example = "2027-02-20") @NotNull LocalDate publishedOn,
        @Schema(description = "GB/T 2260 code; see /api/v1/regions", example = "140802") @NotBlank
        @Pattern(regexp = "\\d{6}", message = "must be a GB/T 2260 code of 6 digits") String region,
        @Schema(description = "Optional; defaults to the region's people's government", nullable = true) @Valid Title publisher,
        @Schema(description = "Optional; the session the report was delivered at", nullable = true) @Valid Title event,
        @Schema(description = "Optional; what the report covers", example = "2026 review; 2027 plan", nullable = true)
        @Size(max = 64) String covers,
        @Schema(description = "The whole report as plain text (Markdown headings allowed); at most "
                + "sources.text.max-code-points (500,000 by default) code points", example = "回眸2026 ……")
        @NotBlank(message = "must be the whole report, not empty") String text) {

    @Schema(name = "Title", description = "Bilingual title")
    public record Title(@Schema(example = "政府工作报告") @NotBlank String zh,
            @Schema(example = "Government work report") @NotBlank String en) {
    }

    SourceTextStore.NewSource toNewSource() {
        return new SourceTextStore.NewSource(id, title.zh(), title.en(), publishedOn, region,
                publisher == null ? null : publisher.zh(), publisher == null ? null : publisher.en(),
                event == null ? null : event.zh(), event == null ? null : event.en(), covers, text);
    }
}
