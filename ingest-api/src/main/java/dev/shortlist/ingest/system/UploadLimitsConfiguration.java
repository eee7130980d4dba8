package dev.shortlist.ingest.system;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet container's multipart limits, derived from {@code shortlist.ingest.*} so there is one
 * setting per limit: the container refuses a request over the batch limit while it streams it in
 * (before anything is buffered), and spools every part above {@link #SPOOL_THRESHOLD} to disk; the
 * per-file limit is applied by the application, which reads at most that much of each part, so a
 * batch can still report each oversized file with its own reason.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitsConfiguration {

    /** Parts larger than this are written to a temporary file instead of held in memory. */
    static final long SPOOL_THRESHOLD = 1L << 20;

    /** Room for the multipart framing (boundaries and part headers) around the batch's files. */
    static final long MULTIPART_ENVELOPE = 1L << 20;

    @Bean
    MultipartConfigElement multipartConfigElement(IngestProperties properties) {
        long maxBatch = properties.maxBatchSize().toBytes();
        return new MultipartConfigElement("", maxBatch, maxBatch + MULTIPART_ENVELOPE, (int) SPOOL_THRESHOLD);
    }
}
