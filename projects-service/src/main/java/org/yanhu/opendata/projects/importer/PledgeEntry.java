package org.yanhu.opendata.projects.importer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pledge as pledges.yaml states it, and as the bulk import takes it. */
@Schema(name = "PledgeEntry", description = "A pledge in the dataset-file shape")
public record PledgeEntry(
        @Schema(example = "2024-lp-01") @NotBlank @Size(max = 100)
        @Pattern(regexp = "\\d{4}-(lp|p)-[a-z0-9]+(-[a-z0-9]+)*",
                message = "must look like 2024-lp-01 or 2026-p-<slug>") String id,
        @Schema(description = "The plan year", example = "2024") @NotNull @Min(1949) @Max(2100) Integer year,
        @Schema(example = "000_1861cacfb8655aea") @NotBlank String source,
        @Schema(description = "1..12 for the livelihood pledges, null otherwise", nullable = true, example = "1")
        @Min(1) @Max(99) Integer number,
        @Schema(description = "One of the livelihood pledges (惠民实事)", example = "true") @NotNull Boolean livelihood,
        @Schema(example = "social.welfare") @NotBlank String sector,
        @NotNull @Valid LocalizedText text,
        @Schema(example = "为70周岁以上的农村老年人和80周岁以上的城乡老年人发放高龄补贴") @NotBlank @Size(max = 4000) String quote,
        @Size(max = 50) List<@Valid TargetEntry> targets,
        @Schema(description = "Ids of related projects", example = "[\"old-age-allowance\"]") @Size(max = 100)
        List<@NotBlank String> projects,
        @Size(max = 50) List<@Valid OutcomeEntry> outcomes) {

    public List<TargetEntry> targetsOrEmpty() {
        return targets == null ? List.of() : targets;
    }

    public List<String> projectsOrEmpty() {
        return projects == null ? List.of() : projects;
    }

    public List<OutcomeEntry> outcomesOrEmpty() {
        return outcomes == null ? List.of() : outcomes;
    }

    @Schema(name = "TargetEntry")
    public record TargetEntry(
            @Schema(example = "old_compounds_renovation_started") @NotBlank
            @Pattern(regexp = "[a-z][a-z0-9_]{0,63}", message = "must be lower_snake_case") String code,
            @Schema(example = "gte") @NotBlank
            @Pattern(regexp = "eq|gt|gte|lt|lte|approx", message = "must be one of eq, gt, gte, lt, lte, approx")
            String comparator,
            @Schema(example = "20") @NotNull BigDecimal value,
            @Schema(example = "个") @NotBlank String unit) {
    }

    @Schema(name = "OutcomeEntry")
    public record OutcomeEntry(
            @Schema(example = "004_006121198c1df0a0") @NotBlank String source,
            @Schema(example = "58个老旧小区、20条小街小巷提升改造") @NotBlank @Size(max = 4000) String quote,
            @Schema(example = "exceeded") @NotBlank
            @Pattern(regexp = "met|exceeded|partly_met|different_scope",
                    message = "must be one of met, exceeded, partly_met, different_scope") String judgement,
            @Schema(description = "stated: the later report says this pledge, or its named object, was done; "
                    + "inferred: curators matched a figure of another year, wording or scope. met and exceeded need "
                    + "stated", example = "stated") @NotBlank
            @Pattern(regexp = "stated|inferred", message = "must be stated or inferred") String evidence,
            @Valid LocalizedText note) {
    }
}
