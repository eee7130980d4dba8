package dev.shortlist.ingest.system;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors the servlet container answers itself (a request body that stopped arriving, a request
 * line it cannot parse, an exception no handler caught) as problems too, instead of Boot's default
 * error map.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    private final Duration readTimeout;

    ProblemErrorController(@Value("${server.tomcat.connection-timeout:8s}") Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatusCode status = HttpStatusCode.valueOf(code instanceof Integer value ? value : 500);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
        problem.setType(URI.create(ApiException.PROBLEM_BASE + slug(status)));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path) {
            problem.setInstance(URI.create(path.replaceAll("[^A-Za-z0-9/._~-]", "_")));
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private String detail(HttpStatusCode status) {
        return switch (status.value()) {
            case 408 ->
                "The request body stopped arriving: nothing was received for " + readTimeout.toSeconds()
                        + " s (server.tomcat.connection-timeout) before it was complete.";
            case 400 -> "The request could not be read.";
            case 404 -> "There is nothing at this address.";
            default -> status.is5xxServerError() ? "An unexpected error occurred." : "The request was refused.";
        };
    }

    private static String slug(HttpStatusCode status) {
        return switch (status.value()) {
            case 408 -> "request-timeout";
            case 400 -> "invalid-request";
            case 404 -> "not-found";
            default -> status.is5xxServerError() ? "server-error" : "invalid-request";
        };
    }
}
