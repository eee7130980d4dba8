package dev.shortlist.query.batch;

import dev.shortlist.query.system.OrganizationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/v1/batches/{batchId}")
@Tag(name = "batches")
class BatchController {

    private final BatchQueries batches;
    private final BatchProgressStreams streams;

    BatchController(BatchQueries batches, BatchProgressStreams streams) {
        this.batches = batches;
        this.streams = streams;
    }

    @GetMapping
    @Operation(
            summary = "A batch's status and progress",
            description = "Poll until finished is true (status "
                    + "COMPLETED or COMPLETED_WITH_FAILURES): the batch's screenings are then all queryable.")
    BatchView get(OrganizationId org, @PathVariable String batchId) throws IOException {
        return BatchView.of(batches.get(org, batchId));
    }

    @GetMapping(path = "/progress", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(
            summary = "Live progress as Server-Sent Events",
            description = "Events named 'progress' carry the "
                    + "batch view; the first is the current state, the stream ends after the final state.")
    SseEmitter progress(OrganizationId org, @PathVariable String batchId) throws IOException {
        return streams.open(org, batchId);
    }
}
