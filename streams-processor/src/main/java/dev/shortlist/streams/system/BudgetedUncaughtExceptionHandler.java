package dev.shortlist.streams.system;

import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a dead stream thread while failures stay within budget (a transient fault: the replacement
 * resumes from the last committed transaction); beyond it, shuts the client down so that the health
 * check turns DOWN and an operator or orchestrator steps in instead of a crash loop.
 */
final class BudgetedUncaughtExceptionHandler implements StreamsUncaughtExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(BudgetedUncaughtExceptionHandler.class);

    private final FailureBudget budget;

    BudgetedUncaughtExceptionHandler(FailureBudget budget) {
        this.budget = budget;
    }

    @Override
    public StreamThreadExceptionResponse handle(Throwable exception) {
        if (budget.recordFailure()) {
            log.error("Stream thread failed; replacing it", exception);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        }
        log.error("Stream threads failed beyond the failure budget; shutting the Streams client down", exception);
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }
}
