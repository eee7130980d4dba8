package dev.shortlist.ingest.system;

import dev.shortlist.ingest.resume.RejectionReason;
import dev.shortlist.ingest.resume.Sizes;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error as an RFC 9457 problem with a stable type. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final IngestProperties properties;

    ProblemHandler(IngestProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        return response.body(e.toProblem());
    }

    @ExceptionHandler(EventLogUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(EventLogUnavailableException e) {
        log.warn("Refusing a request, the event log is unavailable: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Uploads are temporarily unavailable; nothing was recorded. Retry later. (" + e.getMessage() + ")");
        problem.setType(URI.create(ApiException.PROBLEM_BASE + "service-unavailable"));
        problem.setTitle("Service unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(
                        HttpHeaders.RETRY_AFTER,
                        Long.toString(Math.max(1, properties.retryAfter().toSeconds())))
                .body(problem);
    }

    /**
     * The container stopped reading a request over the batch limit; the detail states the
     * configured limits, not the container's own numbers (which include the multipart framing).
     */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        boolean batch = request instanceof ServletWebRequest servlet
                && servlet.getRequest().getRequestURI().startsWith("/api/v1/batches");
        String limits = "a batch may carry at most "
                + Sizes.describe(properties.maxBatchSize().toBytes())
                + " (shortlist.ingest.max-batch-size) and one file at most "
                + Sizes.describe(properties.maxFileSize().toBytes()) + " (shortlist.ingest.max-file-size).";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE, "The request was refused while it was being received: " + limits);
        problem.setType(URI.create(ApiException.PROBLEM_BASE
                + (batch ? "batch-too-large" : RejectionReason.FILE_TOO_LARGE.problemSlug())));
        problem.setTitle(batch ? "Batch too large" : "File too large");
        problem.setProperty("reason", batch ? "BATCH_TOO_LARGE" : RejectionReason.FILE_TOO_LARGE.name());
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A multipart body that cannot be parsed: no or a wrong boundary, truncated, malformed part headers. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> malformedMultipart(MultipartException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            // Tomcat refuses a NUL in a part's file name while parsing, before the controller could.
            if (t.getClass().getSimpleName().equals("InvalidFileNameException")) {
                return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(new ApiException(
                                        HttpStatus.BAD_REQUEST,
                                        RejectionReason.INVALID_FILE_NAME.problemSlug(),
                                        "Invalid file name",
                                        "The file name of a part is refused: it contains the control character U+0000 ("
                                                + t.getMessage() + ").")
                                .with("reason", RejectionReason.INVALID_FILE_NAME.name())
                                .toProblem());
            }
        }
        return malformed("The multipart/form-data body could not be read: " + cause.getMessage() + ".");
    }

    /** The body parsed but lacks a required part, which is what a boundary that matches nothing looks like. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(
            MissingServletRequestPartException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(malformed("The multipart/form-data body has no part named '" + e.getRequestPartName()
                                + "'. Check the part's name, and that the body's boundary is the one the Content-Type "
                                + "header declares.")
                        .getBody());
    }

    private static ResponseEntity<ProblemDetail> malformed(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create(ApiException.PROBLEM_BASE + "malformed-multipart"));
        problem.setTitle("Malformed multipart request");
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** Spring's own 4xx problems keep their status and detail but get a stable type instead of {@code about:blank}. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null
                && response.getBody() instanceof ProblemDetail problem
                && URI.create("about:blank").equals(problem.getType())) {
            problem.setType(URI.create(ApiException.PROBLEM_BASE + slug(status)));
        }
        return response;
    }

    private static String slug(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "invalid-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-content-type";
            default -> status.is4xxClientError() ? "invalid-request" : "server-error";
        };
    }
}
