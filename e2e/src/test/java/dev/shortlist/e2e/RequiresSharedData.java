package dev.shortlist.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips each test of a class that needs the evaluation corpus when it is absent (a user's clone),
 * with the reason: reported per test as skipped, never as a silent "Tests run: 0".
 */
final class RequiresSharedData implements BeforeAllCallback, BeforeEachCallback {

    static final String REASON = "Evaluation data not found at %s: this corpus-size test needs ../shared/data "
            + "(or -Dshortlist.data.dir); the main job on examples/ runs in MainJobIT";

    /** Also says it once in the build log, where the skip count alone would not tell why. */
    @Override
    public void beforeAll(ExtensionContext context) {
        if (!SharedData.present()) {
            System.err.println("SKIPPED " + context.getRequiredTestClass().getSimpleName() + ": "
                    + REASON.formatted(SharedData.resumes()));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        assumeTrue(SharedData.present(), () -> REASON.formatted(SharedData.resumes()));
    }
}
