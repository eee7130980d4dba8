package dev.shortlist.ingest.resume;

import dev.shortlist.ingest.system.ApiException;
import org.springframework.http.HttpStatusCode;

/** A single uploaded file was refused; the problem's {@code reason} property is the stable code. */
public class FileRejectedException extends ApiException {

    public FileRejectedException(ResumeIntake.Rejected rejected) {
        super(
                HttpStatusCode.valueOf(rejected.reason().httpStatus()),
                rejected.reason().problemSlug(),
                rejected.reason().title(),
                rejected.detail());
        with("reason", rejected.reason().name());
        with("fileName", rejected.fileName());
    }
}
