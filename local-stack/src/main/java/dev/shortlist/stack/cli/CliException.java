package dev.shortlist.stack.cli;

/** A failure the CLI reports in one line, without a stack trace. */
final class CliException extends RuntimeException {

    CliException(String message) {
        super(message);
    }
}
