package org.yanhu.opendata.indicators.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yanhu.opendata.api.error.MalformedBody;
import org.yanhu.opendata.api.paging.PageParams;
import org.yanhu.opendata.api.csv.CsvFormat;
import org.yanhu.opendata.api.paging.PageResponse;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.api.problem.ProblemResponses;
import org.yanhu.opendata.api.security.ApiKeyRequired;
import org.yanhu.opendata.api.security.ApiKeys;
import org.yanhu.opendata.indicators.CandidateStatus;
import org.yanhu.opendata.indicators.ExtractionCandidate;
import org.yanhu.opendata.indicators.SourceDocumentText;
import org.yanhu.opendata.indicators.config.SourceTextLimits;
import org.yanhu.opendata.indicators.rest.view.CandidateDetail;
import org.yanhu.opendata.indicators.rest.view.CandidateView;
import org.yanhu.opendata.indicators.rest.view.ObservationView;
import org.yanhu.opendata.indicators.rest.view.SourceView;
import org.yanhu.opendata.indicators.service.CandidateExtraction;
import org.yanhu.opendata.indicators.service.CandidateQuery;
import org.yanhu.opendata.indicators.service.CandidateReview;
import org.yanhu.opendata.indicators.service.CodeListQuery;
import org.yanhu.opendata.indicators.service.SourceTextStore;

/**
 * The curation workflow of a report: store its text, let the extractor propose every figure, and accept, correct
 * or reject each one. Only an accepted figure is published, through the observation import.
 */
@Path("/api/v1")
@Tag(name = "Curation", description = "From a report's text to reviewed, cited observations")
@Produces(MediaType.APPLICATION_JSON)
public class SourceCurationResource {

    private static final String SOURCE_ID = "Document id";
    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    @Inject
    SourceTextStore texts;

    @Inject
    CandidateExtraction extraction;

    @Inject
    CandidateQuery candidates;

    @Inject
    CandidateReview review;

    @Inject
    CodeListQuery lists;

    @Inject
    SourceTextLimits limits;

    @POST
    @Path("/sources")
    @ApiKeyRequired
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "createSource", summary = "Store a report with its whole text",
            description = """
                    A new id creates the source document. An existing document without a text (such as the \
                    seed reports) gets the text attached, if the metadata agree (201). The same text again changes \
                    nothing (200). A different text for a stored one is a 409: a text is never replaced. The text \
                    must not be empty, must not hold binary data, and has at most sources.text.max-code-points \
                    (500,000) code points; a longer one is a 413.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SourceUpload.class), examples = @ExampleObject(name = "report", value = """
                    {"id":"005_yanhu_2027","title":{"zh":"2027年盐湖区政府工作报告","en":"Yanhu District government work report 2027"},
                    "published_on":"2027-02-20","region":"140802","text":"回眸2026\\n全区地区生产总值突破450亿元。"}""")))
    @APIResponse(responseCode = "201", description = "Stored; Location names the source",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "200", description = "This text is already stored for this source; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "413", ref = ProblemResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    public Response createSource(@Valid SourceUpload upload, @Context ContainerRequestContext request) {
        if (upload == null) {
            throw new MalformedBody("The body is empty; send the source as JSON with its text");
        }
        int codePoints = upload.text().codePointCount(0, upload.text().length());
        if (codePoints > limits.maxCodePoints()) {
            throw new ProblemException(413, "text-too-large", "Text too large", "The text has " + codePoints
                    + " code points; at most " + limits.maxCodePoints() + " are stored",
                    List.of(new org.yanhu.opendata.api.problem.Problem.FieldError("text", "at most "
                            + limits.maxCodePoints() + " code points")), Map.of());
        }
        SourceTextStore.Outcome outcome = texts.store(upload.toNewSource(), author(request));
        SourceView view = SourceView.of(lists.source(upload.id()));
        if (outcome == SourceTextStore.Outcome.UNCHANGED) {
            return Response.ok(view).build();
        }
        return created("/api/v1/sources/" + upload.id())
.entity(view).build();
    }

    @GET
    @Path("/sources/{id}/text")
    @Produces("text/plain; charset=utf-8")
    @Operation(operationId = "getSourceText", summary = "The whole stored text of a source",
            description = """
                    Every candidate's and observation's quote can be checked against it; offsets count \
                    Unicode code points.""")
    @APIResponse(responseCode = "200", description = "The text as stored",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "text", value = "回眸2023\n全区地区生产总值突破400亿元大关……")))
    public Response sourceText(@Parameter(description = SOURCE_ID, example = "000_1861cacfb8655aea")
            @PathParam("id") String id, @Context Request request) {
        SourceDocumentText text = texts.text(id);
        EntityTag tag = new EntityTag(text.sha256.substring(0, 32));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86400);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Response.ok(text.text, "text/plain; charset=utf-8").tag(tag).cacheControl(cache).build();
    }

    @POST
    @Path("/sources/{id}/extraction")
    @ApiKeyRequired
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "extractCandidates", summary = "Propose every figure of the stored text",
            description = """
                    Runs the rule-based extractor. Running it again on the same text gives the same candidates \
                    with the same ids, and keeps every decision made on them.""")
    @APIResponse(responseCode = "201", description = "The candidates, in text order",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Extraction.class),
                    examples = @ExampleObject(name = "extraction", value = Extraction.EXAMPLE)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public Response extract(@Parameter(description = SOURCE_ID, example = "000_1861cacfb8655aea")
            @PathParam("id") String id) {
        List<ExtractionCandidate> found = extraction.extract(id);
        return created("/api/v1/sources/" + id + "/candidates")
                .entity(new Extraction(id, found.stream().map(CandidateView::of).toList())).build();
    }

    @GET
    @Path("/sources/{id}/candidates")
    @Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
    @Operation(operationId = "listCandidates", summary = "The candidates of a source, in text order",
            description = "Not cached (Cache-Control: no-store): statuses change with every decision.")
    @APIResponse(responseCode = "200", description = "A page of candidates",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidatePage.class)))
    public Response listCandidates(@Parameter(description = SOURCE_ID, example = "000_1861cacfb8655aea")
            @PathParam("id") String id,
            @Parameter(description = "Only candidates with this status", example = "proposed")
            @QueryParam("status") CandidateStatus status,
            @Valid @BeanParam PageParams page) {
        return Response.ok(PageResponse.of(candidates.page(id, status, page.request()), CandidateView::of))
                .cacheControl(NO_STORE).build();
    }

    @GET
    @Path("/sources/{id}/candidates/{cid}")
    @Operation(operationId = "getCandidate", summary = "One candidate with its decision history")
    @APIResponse(responseCode = "200", description = "The candidate, the observation it became, and every decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateDetail.class)))
    public Response candidate(@Parameter(description = SOURCE_ID, example = "000_1861cacfb8655aea") @PathParam("id") String id,
            @Parameter(description = "Candidate id", example = "c-5f1d0c3a9e2b7d41") @PathParam("cid") String cid) {
        return Response.ok(CandidateDetail.of(candidates.get(id, cid))).cacheControl(NO_STORE).build();
    }

    @POST
    @Path("/sources/{id}/candidates/{cid}/accept")
    @ApiKeyRequired
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "acceptCandidate", summary = "Accept a candidate, with corrections, and publish it",
            description = """
                    Publishes the figure through the observation import: the quote check, versioning, the data \
                    version and the history all apply. A corrected quote must be verbatim from the stored text (at \
                    start..end when given). Any failed check publishes nothing and is a 422 that lists every field. \
                    new_indicator creates the indicator in the same call.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CandidateDecisions.Accept.class), examples = {
                    @ExampleObject(name = "as extracted", value = "{\"indicator\":\"GDP\"}"),
                    @ExampleObject(name = "corrected", value = "{\"indicator\":\"GDP\",\"comparator\":\"gt\",\"period\":\"2023\"}"),
                    @ExampleObject(name = "new indicator", value = """
                            {"new_indicator":{"code":"SMART_PARKING_SPACES","name":{"zh":"智慧停车泊位","en":"Smart parking spaces"},
                            "topic":"urban","unit":"个","measure":"flow"}}""")}))
    @APIResponse(responseCode = "201", description = "The published observation",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationView.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    public Response accept(@Parameter(description = SOURCE_ID, example = "000_1861cacfb8655aea") @PathParam("id") String id,
            @Parameter(description = "Candidate id", example = "c-5f1d0c3a9e2b7d41") @PathParam("cid") String cid,
            @Valid CandidateDecisions.Accept body, @Context ContainerRequestContext request) {
        if (body == null) {
            throw new MalformedBody("The body is empty; send {\"indicator\": \"<code>\"} or {\"new_indicator\": {...}}");
        }
        CandidateReview.Accepted accepted = review.accept(id, cid, body.indicator(), body.created(), body.corrections(),
                author(request));
        return created("/api/v1/sources/" + id + "/candidates/" + cid)
                .entity(ObservationView.of(accepted.observation(), accepted.observation().isCurrent)).build();
    }

    @POST
    @Path("/sources/{id}/candidates/{cid}/reject")
    @ApiKeyRequired
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "rejectCandidate", summary = "Reject a candidate, with the reason")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CandidateDecisions.Reject.class)))
    @APIResponse(responseCode = "200", description = "The candidate with its history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateDetail.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    public Response reject(@Parameter(description = SOURCE_ID, example = "000_1861cacfb8655aea") @PathParam("id") String id,
            @Parameter(description = "Candidate id", example = "c-5f1d0c3a9e2b7d41") @PathParam("cid") String cid,
            @Valid CandidateDecisions.Reject body, @Context ContainerRequestContext request) {
        if (body == null) {
            throw new MalformedBody("The body is empty; send {\"reason\": \"...\"}");
        }
        review.reject(id, cid, body.reason(), author(request));
        return Response.ok(CandidateDetail.of(candidates.get(id, cid))).cacheControl(NO_STORE).build();
    }

    @POST
    @Path("/sources/{id}/candidates/{cid}/not-an-observation")
    @ApiKeyRequired
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "markCandidateNotAnObservation",
            summary = "Mark a candidate as a figure of a project or a pledge, not an observation, with a note")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CandidateDecisions.Note.class)))
    @APIResponse(responseCode = "200", description = "The candidate with its history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateDetail.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    public Response notAnObservation(@Parameter(description = SOURCE_ID, example = "000_1861cacfb8655aea") @PathParam("id") String id,
            @Parameter(description = "Candidate id", example = "c-5f1d0c3a9e2b7d41") @PathParam("cid") String cid,
            @Valid CandidateDecisions.Note body, @Context ContainerRequestContext request) {
        if (body == null) {
            throw new MalformedBody("The body is empty; send {\"note\": \"...\"}");
        }
        review.notAnObservation(id, cid, body.note(), author(request));
        return Response.ok(CandidateDetail.of(candidates.get(id, cid))).cacheControl(NO_STORE).build();
    }

    /** 201 with a Location relative to the host, so that it is right behind the gateway too. */
    private static Response.ResponseBuilder created(String location) {
        return Response.status(Response.Status.CREATED).header("Location", location);
    }

    private static String author(ContainerRequestContext request) {
        return String.valueOf(request.getProperty(ApiKeys.AUTHOR_PROPERTY));
    }

    @Schema(name = "Extraction", description = "What one run of the extractor proposes")
    public record Extraction(@Schema(example = "000_1861cacfb8655aea") String source, List<CandidateView> candidates) {
        static final String EXAMPLE = """
                {"source":"000_1861cacfb8655aea","candidates":[{"id":"c-5f1d0c3a9e2b7d41","value":400,"text":"400",
                "unit":"亿元","multiplier":100000000,"base_value":40000000000,"base_unit":"CNY","comparator":"gt",
                "kind":"actual","period":"2023","quote":"全区地区生产总值突破400亿元大关","start":469,"end":486,
                "section":"回眸2023","suggested_indicator":{"code":"GDP","score":1.0},"status":"proposed"}]}""";
    }

    @Schema(name = "CandidatePage")
    public record CandidatePage(List<CandidateView> items, PageResponse.PageInfo page) {
    }
}
