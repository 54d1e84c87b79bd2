package org.yanhu.opendata.indicators.rest.view;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.view.CodeLabel;
import org.yanhu.opendata.indicators.SourceDocument;
import org.yanhu.opendata.indicators.service.PublishedSource;

@Schema(name = "Source", description = "A document that figures are cited from")
public record SourceView(
        @Schema(example = "000_1861cacfb8655aea") String id,
        Label title,
        Label publisher,
        @Schema(description = "The session at which the report was delivered") Label event,
        @Schema(description = "First day of the session; null when the report does not say", example = "2024-02-20",
                nullable = true) LocalDate sessionStart,
        @Schema(description = "Last day of the session; null when the report does not say", example = "2024-02-23",
                nullable = true) LocalDate sessionEnd,
        @Schema(example = "2024-02-23") LocalDate publishedOn,
        @Schema(example = "2023 review; 2024 plan") String covers,
        String attribution,
        CodeLabel region,
        @Schema(example = "/api/v1/observations?source=000_1861cacfb8655aea") String observations) {

    public static SourceView of(PublishedSource published) {
        SourceDocument s = published.document();
        return new SourceView(s.id, new Label(s.titleZh, s.titleEn), new Label(s.publisherZh, s.publisherEn),
                new Label(s.eventZh, s.eventEn), s.sessionStart, s.sessionEnd, s.publishedOn, s.covers,
                s.attribution, CodeListViews.region(published.region()), Links.observationsOfSource(s.id));
    }
}
